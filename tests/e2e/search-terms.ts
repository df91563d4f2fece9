/**
 * Words readers type into search, each with the page it must find (among the first five results).
 * Chinese is the weak spot of Pagefind's segmentation: keep at least 20 terms here, taken from the
 * content, and add one whenever a reader reports a search that found nothing.
 */
export const chineseTerms: readonly { term: string; page: string }[] = [
	{ term: '范围', page: '/zh-cn/lifecycle/pre-close/' },
	{ term: '入职', page: '/zh-cn/onboarding/' },
	{ term: '升级', page: '/zh-cn/communication/' },
	{ term: '续约', page: '/zh-cn/lifecycle/retention-growth/' },
	{ term: '决策者', page: '/zh-cn/lifecycle/pre-close/' },
	{ term: '里程碑', page: '/zh-cn/communication/' },
	{ term: '利益相关者', page: '/zh-cn/failure-patterns/' },
	{ term: '成功标准', page: '/zh-cn/onboarding/' },
	{ term: '变更', page: '/zh-cn/lifecycle/active-delivery/' },
	{ term: '沟通节奏', page: '/zh-cn/communication/' },
	{ term: '失败模式', page: '/zh-cn/failure-patterns/' },
	{ term: '留存', page: '/zh-cn/lifecycle/retention-growth/' },
	{ term: '信任', page: '/zh-cn/principles/' },
	{ term: '风险信号', page: '/zh-cn/checklists/pre-close/' },
	{ term: '满意度', page: '/zh-cn/lifecycle/stabilization/' },
	{ term: '交付', page: '/zh-cn/lifecycle/active-delivery/' },
	{ term: '职责归属', page: '/zh-cn/architecture/' },
	{ term: '审批流程', page: '/zh-cn/onboarding/' },
	{ term: '速赢', page: '/zh-cn/onboarding/' },
	{ term: '关键联系人', page: '/zh-cn/onboarding/' },
	{ term: '边界', page: '/zh-cn/boundaries/' },
	{ term: '合规', page: '/zh-cn/boundaries/' },
	{ term: '核心原则', page: '/zh-cn/principles/' },
	{ term: '客户摘要', page: '/zh-cn/principles/' },
	{ term: '难缠', page: '/zh-cn/principles/' },
];

/** English words and the page each must find. */
export const englishTerms: readonly { term: string; page: string }[] = [
	{ term: 'renewal', page: '/lifecycle/retention-growth/' },
	{ term: 'scope', page: '/lifecycle/pre-close/' },
	{ term: 'escalation', page: '/communication/' },
	{ term: 'onboarding', page: '/onboarding/' },
	{ term: 'stakeholders', page: '/failure-patterns/' },
];

/**
 * Words readers see only where Pagefind would not look on its own, each with the page it must find (among
 * the first five results): checklist items and template field labels are `<label>`s, and template
 * guidance sits beside them. The test checks first that each word really occurs only there.
 */
export const formTerms: readonly { term: string; page: string; only: 'label' | 'guidance' }[] = [
	{ term: 'beforehand', page: '/checklists/stabilization/', only: 'label' },
	{ term: 'measured', page: '/checklists/risk-audit/', only: 'label' },
	{ term: 'refreshed', page: '/checklists/retention-growth/', only: 'label' },
	{ term: 'relationship health', page: '/templates/retention-growth-plan/', only: 'label' },
	{ term: 'counterpart', page: '/templates/communication-framework/', only: 'guidance' },
	{ term: 'retainer', page: '/templates/client-summary/', only: 'guidance' },
	{ term: '以往', page: '/zh-cn/checklists/stabilization/', only: 'label' },
	{ term: '不做什么', page: '/zh-cn/checklists/risk-audit/', only: 'label' },
	{ term: '重新调整', page: '/zh-cn/checklists/retention-growth/', only: 'label' },
	{ term: '关系健康度', page: '/zh-cn/templates/retention-growth-plan/', only: 'label' },
	{ term: '容忍度', page: '/zh-cn/templates/status-update/', only: 'guidance' },
	{ term: '可衡量', page: '/zh-cn/templates/onboarding-plan/', only: 'guidance' },
];
