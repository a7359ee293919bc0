// What the 2023 H1 report says beyond its table's text: categories, sub-items, indicators, dated
// milestones, problems and the report's own classification. The verbatim text (content, H1
// narrative, H2 plan, units, deadlines) is read from the report itself by ../parse-report.ts.
// Every `quote` is a verbatim substring of the report that the figure beside it comes from;
// tests/fidelity checks each one.
import type { ProblemKind } from '../../lib/domain/problems';

export const PLAN_YEAR = 2023;
export const PLAN_TITLE = '盐田区2023年十件重点民生实事';
export const REPORT_FILE = 'report-2023-h1.txt';
/** The report's H1 column becomes every task's first update, dated the end of the half-year. */
export const REPORT_AS_OF = '2023-06-30';

export type Category = 'ENGINEERING' | 'SERVICE';
export type ReportClass = 'COMPLETED' | 'GOOD' | 'LAGGING' | 'PLANNED';
export type Accrual = 'EVEN' | 'MILESTONES' | 'AT_COMPLETION' | 'NONE';
export type { ProblemKind };

export type SeedIndicator = {
  key: string;
  name: string;
  unitOfMeasure: string;
  isPercent?: boolean;
  direction: 'AT_LEAST' | 'EXACTLY';
  /** null: the report gives the figure without a target. */
  target: number | null;
  accrual: Accrual;
  targetQuote?: string;
  note?: string;
  item?: string;
  /** The figure is counted in another unit than the target (口径不一): shown, never judged or averaged. */
  mismatch?: boolean;
  /**
   * The H1 actual; omitted where the report states none (shown as 未提及). `approx`: the report
   * words it approximately (近千人, 3万余人次) — shown as such, never judged as an exact figure.
   * `parts`: the figures of the quote the value adds up (4场现场 + 16场线上 = 20场).
   */
  h1?: { value: number; quote: string; asOf?: string; note?: string; approx?: boolean; parts?: number[] };
};

export type SeedMilestone = {
  key: string;
  periodLabel: string;
  /** YYYY-MM-DD; a period "7-9月" is due at the end of its last month. */
  due: string;
  text: string; // the plan line, verbatim
  indicator?: string;
  cumulative?: number;
  /** Further indicators the step sets a cumulative value for (with the reasoning beside the data). */
  alsoTargets?: { indicator: string; cumulative: number }[];
  item?: string;
};

export type SeedItem = { key: string; name: string; completedOn?: string; quote: string; note?: string };

export type SeedTask = {
  number: number;
  reportClass: ReportClass;
  completedOn?: string;
  completedQuote?: string;
  items?: SeedItem[];
  indicators?: SeedIndicator[];
  milestones?: SeedMilestone[];
};

/**
 * The 13 units: the report's short name (how the app shows them), the full official name, and other
 * names plans use (a plan table written with full names matches them on import).
 */
export const UNITS: { code: string; name: string; fullName: string; aliases?: string[] }[] = [
  { code: 'jtj', name: '盐田交通运输局', fullName: '深圳市交通运输局盐田管理局', aliases: ['市交通运输局盐田管理局', '盐田交通局'] },
  { code: 'gws', name: '区工务署', fullName: '深圳市盐田区建筑工务署', aliases: ['区建筑工务署'] },
  { code: 'cgj', name: '区城管局', fullName: '深圳市盐田区城市管理和综合执法局', aliases: ['区城管和综合执法局'] },
  { code: 'jyj', name: '区教育局', fullName: '深圳市盐田区教育局' },
  { code: 'kcj', name: '区科创局', fullName: '深圳市盐田区科技创新局' },
  { code: 'wjj', name: '区卫健局', fullName: '深圳市盐田区卫生健康局' },
  { code: 'zjj', name: '区住建局', fullName: '深圳市盐田区住房和建设局' },
  { code: 'scjgj', name: '盐田市场监管局', fullName: '深圳市市场监督管理局盐田监管局', aliases: ['市市场监管局盐田监管局'] },
  { code: 'rlj', name: '区人力局', fullName: '深圳市盐田区人力资源局' },
  { code: 'xcb', name: '区委宣传部', fullName: '中共深圳市盐田区委宣传部' },
  { code: 'wglt', name: '区文广旅体局', fullName: '深圳市盐田区文化广电旅游体育局' },
  { code: 'mzj', name: '区民政局', fullName: '深圳市盐田区民政局' },
  { code: 'clh', name: '区残联', fullName: '深圳市盐田区残疾人联合会' },
];

/** 总体情况: "共6个工程类项目和4个服务类项目" — projects 一 to 六 are works, 七 to 十 services. */
export const PROJECT_CATEGORIES: Record<number, Category> = {
  1: 'ENGINEERING', 2: 'ENGINEERING', 3: 'ENGINEERING', 4: 'ENGINEERING', 5: 'ENGINEERING', 6: 'ENGINEERING',
  7: 'SERVICE', 8: 'SERVICE', 9: 'SERVICE', 10: 'SERVICE',
};
export const CATEGORY_QUOTE = '共6个工程类项目和4个服务类项目';

export const TASKS: SeedTask[] = [
  {
    number: 1,
    reportClass: 'LAGGING',
    items: [
      { key: 'donghai', name: '东海道', quote: '东海道：立项时间为2022年7月6日' },
      { key: 'yongan', name: '永安路', quote: '永安路：立项时间为2023年4月17日' },
      { key: 'yanganbei3', name: '永安北三街', completedOn: '2023-04-30', quote: '永安北三街、洪安四街：已于4月份完成2条道路综合整治工程。' },
      { key: 'hongan4', name: '洪安四街', completedOn: '2023-04-30', quote: '永安北三街、洪安四街：已于4月份完成2条道路综合整治工程。' },
    ],
    indicators: [
      {
        key: 'roads', name: '道路综合整治', unitOfMeasure: '条', direction: 'EXACTLY', target: 4, accrual: 'MILESTONES',
        targetQuote: '等4条道路综合整治工程',
        h1: { value: 2, quote: '已于4月份完成2条道路综合整治工程' },
      },
    ],
    milestones: [
      { key: 'm08', periodLabel: '8月', due: '2023-08-31', text: '8月：完成东海道施工招标，进场施工；完成永安路前期工作，于8月下旬移交工务署。' },
      { key: 'm09', periodLabel: '9月', due: '2023-09-30', text: '9月：完成永安路施工招标，进场施工。', item: 'yongan' },
      { key: 'm10-11', periodLabel: '10-11月', due: '2023-11-30', text: '10-11月：继续开展东海道、永安路施工。' },
      { key: 'm12', periodLabel: '12月', due: '2023-12-31', text: '12月：完成东海道、永安路2条道路综合整治工程。', indicator: 'roads', cumulative: 4 },
    ],
  },
  { number: 2, reportClass: 'COMPLETED', completedOn: '2023-06-30', completedQuote: '已于6月底完工。' },
  {
    number: 3,
    reportClass: 'LAGGING',
    // The report does not name the four finished parks.
    items: [
      ...[1, 2, 3, 4].map((n): SeedItem => ({
        key: `park-${n}`, name: `已建成社区公园（第${n}个）`, completedOn: REPORT_AS_OF, quote: '已建成4个社区公园',
        note: '报告未列出名称',
      })),
      { key: 'park-5', name: '明珠道绿廊公园带3号地块', quote: '剩余1个明珠道绿廊公园带3号地块' },
    ],
    indicators: [
      {
        key: 'parks', name: '建设社区公园', unitOfMeasure: '个', direction: 'EXACTLY', target: 5, accrual: 'MILESTONES',
        targetQuote: '建设5个社区公园', h1: { value: 4, quote: '已建成4个社区公园' },
      },
      {
        key: 'visual', name: '整体形象进度', unitOfMeasure: '%', isPercent: true, direction: 'EXACTLY', target: 100, accrual: 'MILESTONES',
        targetQuote: '10-12月：完成整体形象进度100%。', h1: { value: 65, quote: '截至6月30日，完成整体形象进度65%' },
      },
    ],
    milestones: [
      { key: 'm07-09', periodLabel: '7-9月', due: '2023-09-30', text: '7-9月：完成整体形象进度80%。', indicator: 'visual', cumulative: 80 },
      // 形象进度100% means the whole work done: all 5 parks (the parks figure then has a plan point).
      { key: 'm10-12', periodLabel: '10-12月', due: '2023-12-31', text: '10-12月：完成整体形象进度100%。', indicator: 'visual', cumulative: 100, alsoTargets: [{ indicator: 'parks', cumulative: 5 }] },
    ],
  },
  {
    number: 4,
    reportClass: 'GOOD',
    indicators: [
      {
        key: 'visual', name: '总形象进度', unitOfMeasure: '%', isPercent: true, direction: 'EXACTLY', target: 100, accrual: 'EVEN',
        note: '计划未给出分月形象进度节点，按序时进度计', h1: { value: 95, quote: '山海学校6月底完成总形象进度95%' },
      },
      { key: 'seats', name: '提供学位', unitOfMeasure: '个', direction: 'EXACTLY', target: 2000, accrual: 'AT_COMPLETION', targetQuote: '提供2000个学位' },
      { key: 'parking', name: '停车位', unitOfMeasure: '个', direction: 'EXACTLY', target: 140, accrual: 'AT_COMPLETION', targetQuote: '140个停车位' },
      { key: 'site-area', name: '校园总用地面积', unitOfMeasure: '平方米', direction: 'EXACTLY', target: 13108, accrual: 'AT_COMPLETION', targetQuote: '校园总用地面积 13108 平方米' },
      { key: 'floor-area', name: '建筑面积', unitOfMeasure: '平方米', direction: 'EXACTLY', target: 38713, accrual: 'AT_COMPLETION', targetQuote: '建筑面积38713 平方米' },
    ],
    milestones: [
      { key: 'm06-07', periodLabel: '6-7月', due: '2023-07-31', text: '6-7月：完成招标工作；' },
      { key: 'm07-08', periodLabel: '7-8月', due: '2023-08-31', text: '7-8月：进场施工安装，满足开学需要。' },
      { key: 'm09-11', periodLabel: '9-11月', due: '2023-11-30', text: '9-11月：完成验收工作；' },
      { key: 'm12', periodLabel: '12月', due: '2023-12-31', text: '12月：完成支付款工作。' },
    ],
  },
  {
    number: 5,
    reportClass: 'GOOD',
    indicators: [
      { key: 'students', name: '受益学生（区属中小学在校午餐）', unitOfMeasure: '人', direction: 'EXACTLY', target: 17787, accrual: 'NONE', targetQuote: '在校午餐的学生（17787人）' },
      {
        key: 'subsidy', name: '营养膳食补贴标准', unitOfMeasure: '元/人/次', direction: 'EXACTLY', target: 5, accrual: 'NONE', targetQuote: '提供每人每次5元营养膳食补贴',
        h1: { value: 5, quote: '菜品标准为5元/学生/餐' },
      },
      {
        key: 'paid', name: '已支付金额', unitOfMeasure: '万元', direction: 'AT_LEAST', target: null, accrual: 'NONE',
        h1: { value: 369, quote: '截至7月17日，已支付金额369万元', asOf: '2023-07-17' },
      },
    ],
  },
  {
    number: 6,
    reportClass: 'GOOD',
    indicators: [
      {
        key: 'visual', name: '项目整体建设进度', unitOfMeasure: '%', isPercent: true, direction: 'EXACTLY', target: 100, accrual: 'EVEN',
        note: '完成时限2023年8月，按序时进度计', h1: { value: 60, quote: '项目整体建设完成60%' },
      },
      { key: 'area', name: '规划建设面积（约）', unitOfMeasure: '平方米', direction: 'EXACTLY', target: 8600, accrual: 'AT_COMPLETION', targetQuote: '约8600平方米' },
      { key: 'events', name: '科普活动', unitOfMeasure: '场', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 17, quote: '等17场科普活动' } },
    ],
    milestones: [
      { key: 'm07-09', periodLabel: '7-9月', due: '2023-09-30', text: '7-9月：继续推进科普基地建设，完成项目初期建设；制定下季度园区运营计划，落实共建盐田区劳动教育基地安排工作，完成劳动教育基地申报相关材料汇总；继续开展劳动教育活动，与盐高、云海等较近的学校联合开展基地共建活动；结合作物农时与学校开学后的新诉求，深入迭代劳动教育课程内容。' },
      { key: 'm10-12', periodLabel: '10-12月', due: '2023-12-31', text: '10-12月：制定亲子科普教育活动推广方案，制定科普教育基地课程提升、基地设施提升方案；完成科普教育基地内部基础设施升级，开展非遗文化讲座及周末科普研学活动；制定下一年度的种植计划、园区运营计划，完成上一年度的材料总结工作和课程更新方案。' },
    ],
  },
  {
    number: 7,
    reportClass: 'GOOD',
    indicators: [
      { key: 'beds', name: '新增住院床位', unitOfMeasure: '张', direction: 'EXACTLY', target: 386, accrual: 'AT_COMPLETION', targetQuote: '新增住院床位386张' },
    ],
    milestones: [
      { key: 'm07-08', periodLabel: '7-8月', due: '2023-08-31', text: '7-8月：开展区人民医院医疗综合楼验收工作，完成污水处理站建设改造工作，8月底前移交区人民医院使用。' },
      { key: 'm09-10', periodLabel: '9-10月', due: '2023-10-31', text: '9-10月：开展并完成区人民医院医疗综合楼开办物资采购及安装。' },
      { key: 'm11', periodLabel: '11月', due: '2023-11-30', text: '11月：医疗综合楼正式开办启用，增加386张床位。', indicator: 'beds', cumulative: 386 },
    ],
  },
  { number: 8, reportClass: 'COMPLETED', completedOn: REPORT_AS_OF, completedQuote: '掌上智慧医院项目已完成竣工验收并投入使用' },
  {
    number: 9,
    reportClass: 'PLANNED',
    // Figures without annual targets: shown, not judged. The report's own sums do not add up:
    // 5 (first batch) + 20 (second batch, 10医10护) = 25, yet it says 30名（两批）.
    indicators: [
      { key: 'hk-doctors', name: '引进香港金牌认证全科家庭医生', unitOfMeasure: '名', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 2, quote: '4月引进麦锦坚、李湘华2名获香港金牌认证的全科家庭医生入驻' } },
      { key: 'batch1', name: '第一批接受培训的全科医生（现场带教）', unitOfMeasure: '名', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 5, quote: '正接受全市统一培训的5名（第一批）全科医生进行现场带教' } },
      { key: 'batch2-doctors', name: '第二批金牌医护培训（医生）', unitOfMeasure: '名', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 10, quote: '组织了10医10护参加第二批金牌医护培训', note: '原文“10医10护”' } },
      { key: 'batch2-nurses', name: '第二批金牌医护培训（护士）', unitOfMeasure: '名', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 10, quote: '组织了10医10护参加第二批金牌医护培训', note: '原文“10医10护”' } },
      {
        key: 'in-training', name: '正在培训的医护（两批）', unitOfMeasure: '名', direction: 'AT_LEAST', target: null, accrual: 'NONE',
        note: '报告自身不一致：第一批5名＋第二批10医10护共25名，报告称30名（两批）',
        h1: { value: 30, quote: '截止目前盐田区共有30名（两批）医护正在培训中' },
      },
    ],
    milestones: [
      { key: 'm11-12', periodLabel: '11-12月', due: '2023-12-31', text: '11-12月：完成第一批金牌医护培训，取得技术资质；持续探索盐田区港式家庭医生工作室运作新模式，引进港式医疗服务技术和资源。' },
    ],
  },
  {
    number: 10,
    reportClass: 'GOOD',
    indicators: [
      { key: 'public-rental', name: '公共租赁住房', unitOfMeasure: '套', direction: 'EXACTLY', target: 480, accrual: 'AT_COMPLETION', targetQuote: '提供公共租赁住房480套' },
      { key: 'talent', name: '人才住房', unitOfMeasure: '套', direction: 'EXACTLY', target: 622, accrual: 'AT_COMPLETION', targetQuote: '人才住房622套' },
      {
        key: 'total-flats', name: '第八期人才住房项目提供住房（总套数）', unitOfMeasure: '套', direction: 'EXACTLY', target: 1102, accrual: 'AT_COMPLETION',
        targetQuote: '将提供人才住房1102套',
        note: '口径冲突：上半年进展称“将提供人才住房1102套”，项目内容为公共租赁住房480套＋人才住房622套（合计1102套）',
      },
    ],
  },
  {
    number: 11,
    reportClass: 'PLANNED',
    indicators: [
      { key: 'elevators', name: '电梯智慧监管终端设备', unitOfMeasure: '台', direction: 'AT_LEAST', target: 1500, accrual: 'MILESTONES', targetQuote: '1500台电梯' },
      { key: 'estates', name: '覆盖小区单位', unitOfMeasure: '个', direction: 'AT_LEAST', target: 150, accrual: 'AT_COMPLETION', targetQuote: '不少于150个小区单位' },
    ],
    milestones: [
      { key: 'm07', periodLabel: '7月', due: '2023-07-31', text: '7月：完成资金筹措，启动采购意向公示。' },
      { key: 'm08', periodLabel: '8月', due: '2023-08-31', text: '8月：完成项目采购，确定服务供应商，开展智慧监管系统推广宣传。' },
      { key: 'm09', periodLabel: '9月', due: '2023-09-30', text: '9月：启动电梯安全智慧监管系统平台建设，开展电梯智慧监管终端设备安装、调试；安装维护试点运行电梯智慧监管终端设备300台。', indicator: 'elevators', cumulative: 300 },
      { key: 'm10', periodLabel: '10月', due: '2023-10-31', text: '10月：安装维护试点运行电梯智慧监管终端设备700台，开展系统业务培训。', indicator: 'elevators', cumulative: 700 },
      { key: 'm11', periodLabel: '11月', due: '2023-11-30', text: '11月：安装维护试点运行电梯智慧监管终端设备1200台。', indicator: 'elevators', cumulative: 1200 },
      { key: 'm12', periodLabel: '12月', due: '2023-12-31', text: '12月：安装维护试点运行电梯智慧监管终端设备1500台，完成电梯安全智慧监管系统构建。', indicator: 'elevators', cumulative: 1500 },
    ],
  },
  {
    number: 12,
    reportClass: 'GOOD',
    indicators: [
      {
        key: 'fairs', name: '线上线下招聘会', unitOfMeasure: '场', direction: 'AT_LEAST', target: 20, accrual: 'EVEN', targetQuote: '各类线上线下招聘会20场以上',
        h1: { value: 20, parts: [4, 16], quote: '举办4场现场招聘会、16场“春风行动”线上招聘会', note: '4场现场招聘会＋16场线上招聘会' },
      },
      {
        key: 'jobs', name: '提供就业岗位', unitOfMeasure: '个', direction: 'AT_LEAST', target: 3000, accrual: 'EVEN', targetQuote: '提供3000个以上就业岗位',
        h1: { value: 5446, quote: '提供就业岗位5446个' },
      },
      { key: 'companies', name: '参与招聘企业', unitOfMeasure: '家', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 372, quote: '共372家企业参与招聘' } },
      { key: 'new-jobs', name: '城镇新增就业', unitOfMeasure: '人', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 1428, quote: '城镇新增就业1428人' } },
      { key: 'subsidy', name: '发放就业创业补贴', unitOfMeasure: '万元', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 566, quote: '发放各类就业创业补贴566万元' } },
      { key: 'subsidy-people', name: '就业创业补贴发放人次', unitOfMeasure: '人次', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 1683, quote: '发放各类就业创业补贴566万元、1683人次' } },
    ],
    // The H2 column's figures, as plan steps for the second half (no month given: due at year end).
    milestones: [
      { key: 'h2-fairs', periodLabel: '下半年', due: '2023-12-31', text: '1.针对各类重点群体，举办10场线上线下招聘会，提供就业岗位1200个。' },
      { key: 'h2-employment', periodLabel: '下半年', due: '2023-12-31', text: '2.及时发放各类就业创业补贴，城镇新增就业980人以上。' },
    ],
  },
  {
    number: 13,
    reportClass: 'PLANNED',
    indicators: [
      {
        key: 'trainees', name: '培训服务', unitOfMeasure: '人', direction: 'AT_LEAST', target: 1000, accrual: 'EVEN', targetQuote: '提供1000人以上的综合素质提升',
        mismatch: true, h1: { value: 1021, quote: '共培训1021人次', note: '口径不一：报告为“人次”，目标为“人”' },
      },
    ],
  },
  {
    number: 14,
    reportClass: 'PLANNED',
    items: [{ key: 'library', name: '沙头角国际青少年图书馆', quote: '实施沙头角国际青少年图书馆改造工程装修' }],
    indicators: [
      {
        key: 'teams', name: '成立群众文化队伍', unitOfMeasure: '支', direction: 'EXACTLY', target: 38, accrual: 'EVEN', targetQuote: '成立群众文化队伍38支',
        note: '报告只给出普查指导的队伍数，未给出新成立数',
      },
      {
        key: 'shows', name: '公益性精品演出', unitOfMeasure: '场', direction: 'AT_LEAST', target: 10, accrual: 'EVEN', targetQuote: '联合举办10场公益性精品演出',
        h1: { value: 6, quote: '举办《海上生明月》诗歌音乐会等精品演出6场' },
      },
      {
        key: 'trainings', name: '文艺培训', unitOfMeasure: '场', direction: 'AT_LEAST', target: 100, accrual: 'EVEN', targetQuote: '100场文艺培训',
        h1: { value: 200, quote: '各类文艺培训200场' },
      },
      {
        key: 'heritage', name: '体验非遗传承普及', unitOfMeasure: '人次', direction: 'AT_LEAST', target: 1000, accrual: 'EVEN', targetQuote: '1000人次体验非遗传承普及',
        h1: { value: 1000, approx: true, quote: '吸引近千人参加非遗普及传承', note: '约数：原文“近千人”' },
      },
      {
        key: 'reading', name: '海系书房阅读活动', unitOfMeasure: '人', direction: 'AT_LEAST', target: 10000, accrual: 'EVEN', targetQuote: '10000人在海系书房阅读活动',
        note: '报告给出的阅读活动参与人数（超过2万人、3万余人次）未指明是否为海系书房活动',
      },
      { key: 'reading-events', name: '世界读书日等阅读活动', unitOfMeasure: '场', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 21, quote: '“阅见春天”大型户外嘉年华21场活动' } },
      {
        key: 'reading-participants', name: '阅读活动线上线下参与', unitOfMeasure: '人次', direction: 'AT_LEAST', target: null, accrual: 'NONE',
        h1: { value: 30000, approx: true, quote: '线上线下参与人数3万余人次', note: '约数：原文“3万余人次”' },
      },
      {
        key: 'reading-walks', name: '走读盐田等阅读活动参与', unitOfMeasure: '人', direction: 'AT_LEAST', target: null, accrual: 'NONE',
        h1: { value: 20000, approx: true, quote: '吸引超过2万人参与', note: '约数：原文“超过2万人”' },
      },
    ],
    milestones: [
      { key: 'm08', periodLabel: '8月', due: '2023-08-31', text: '4.8月，完成“放歌新时代”第二季启动仪式音乐会。' },
      // "10月前" is "by the end of October", as 9月前 is September (the deadline rules: N月前 → month N's end).
      { key: 'm10', periodLabel: '10月前', due: '2023-10-31', text: '5.10月前，完成“城市 共融”深圳国际摄影展盐区平行展' },
      // The source line is cut off after "2024新"; kept as printed.
      { key: 'm12', periodLabel: '12月底', due: '2023-12-31', text: '6.12月底，举办盐田区2024新' },
    ],
  },
  {
    number: 15,
    reportClass: 'PLANNED',
    items: [
      { key: 'marathon', name: '首届深圳盐田山海半程马拉松', completedOn: '2023-03-26', quote: '2023年3月26日，成功举办首届深圳盐田山海半程马拉松' },
      { key: 'trail', name: '首届“深圳100”越野赛', quote: '积极筹备首届“深圳100”越野赛，拟定于12月举办' },
      { key: 'hydrofoil', name: '2023年水翼帆板世界杯深圳站', quote: '初定于2023年11月8-14日举行' },
    ],
    indicators: [
      { key: 'runners', name: '半程马拉松参赛选手', unitOfMeasure: '万名', direction: 'AT_LEAST', target: null, accrual: 'NONE', item: 'marathon', h1: { value: 1.5, quote: '的1.5万名马拉松参赛选手参加' } },
      { key: 'countries', name: '参赛选手来自的国家和地区', unitOfMeasure: '个', direction: 'AT_LEAST', target: null, accrual: 'NONE', item: 'marathon', h1: { value: 19, quote: '吸引来自19个国家和地区' } },
    ],
    milestones: [
      { key: 'm07-09', periodLabel: '7月-9月', due: '2023-09-30', text: '7月-9月：按流程筹办首届“深圳100”越野赛、2023年水翼帆板世界杯（深圳站）暨水翼帆板亚洲分站赛等国际国内顶级赛事。' },
      { key: 'm10-12', periodLabel: '10月-12月', due: '2023-12-31', text: '10月-12月：举办2023年水翼帆板世界杯（深圳站）暨水翼帆板亚洲分站赛，首届“深圳100”越野赛等大型赛事活动。' },
    ],
  },
  {
    number: 16,
    reportClass: 'GOOD',
    indicators: [
      {
        key: 'households', name: '安装智能居家监测预警设备', unitOfMeasure: '户', direction: 'EXACTLY', target: 280, accrual: 'EVEN', targetQuote: '预计服务280户',
        h1: { value: 197, quote: '已完成197户智能居家监测预警设备上门安装工作' },
      },
    ],
  },
  {
    number: 17,
    reportClass: 'GOOD',
    indicators: [
      {
        key: 'care-beds', name: '长期照护等服务（家庭养老床位签约）', unitOfMeasure: '户', direction: 'EXACTLY', target: 40, accrual: 'EVEN', targetQuote: '为40户有需求的居家高龄',
        h1: { value: 34, quote: '完成家庭养老床位上门照护签约服务34人', note: '报告口径为“人”' },
      },
      {
        key: 'visits', name: '定期慰问重点老年人家庭', unitOfMeasure: '位', direction: 'AT_LEAST', target: 1500, accrual: 'EVEN', targetQuote: '为不少于1500位户籍高龄',
        h1: { value: 1786, quote: '已定期随访1786位老人' },
      },
      { key: 'care-services', name: '上门照护服务', unitOfMeasure: '人次', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 3867, quote: '提供服务3867人次' } },
      { key: 'patrols', name: '巡访关爱', unitOfMeasure: '人次', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 20877, quote: '巡访关爱20877人次' } },
      { key: 'visit-rate', name: '特殊困难老年人月探访率', unitOfMeasure: '%', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 100, quote: '实现月探访率100%' } },
    ],
  },
  {
    number: 18,
    reportClass: 'GOOD',
    indicators: [
      { key: 'extra-subsidy', name: '增加助餐补助', unitOfMeasure: '元/餐', direction: 'EXACTLY', target: 3, accrual: 'NONE', targetQuote: '增加补助3元/餐' },
      { key: 'diners', name: '每月平均用餐人数（预计）', unitOfMeasure: '人', direction: 'EXACTLY', target: 710, accrual: 'NONE', targetQuote: '预计2023年每月平均用餐人数710人' },
      { key: 'canteens', name: '发放膳食补助的长者饭堂', unitOfMeasure: '家', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 13, quote: '依托辖区13家长者饭堂发放3元膳食补助' } },
      { key: 'vouchers', name: '已发放暖心券', unitOfMeasure: '人次', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 50458, quote: '已发放暖心券50458人次' } },
      { key: 'voucher-amount', name: '暖心券发放金额', unitOfMeasure: '万元', direction: 'AT_LEAST', target: null, accrual: 'NONE', h1: { value: 15.1, quote: '发放金额15.1万元' } },
    ],
  },
  {
    number: 19,
    reportClass: 'GOOD',
    indicators: [
      {
        key: 'rehab', name: '残疾儿童康复救助', unitOfMeasure: '人', direction: 'AT_LEAST', target: 160, accrual: 'EVEN', targetQuote: '全年残疾儿童康复救助不少于160人',
        mismatch: true, h1: { value: 180, quote: '完成残疾儿童康复救助申请180人', note: '口径不一：报告为“救助申请”人数，目标为救助人数' },
      },
      {
        key: 'home-teaching', name: '送教上门服务', unitOfMeasure: '人次', direction: 'AT_LEAST', target: 2000, accrual: 'EVEN', targetQuote: '送教上门服务不少于2000人次',
        h1: { value: 903, quote: '送教上门服务903人次' },
      },
      {
        key: 'home-teaching-hours', name: '送教上门课时', unitOfMeasure: '课时', direction: 'AT_LEAST', target: 2000, accrual: 'EVEN', targetQuote: '2000课时',
        h1: { value: 903, quote: '903课时' },
      },
      {
        key: 'aids', name: '精准适配辅助器具', unitOfMeasure: '人次', direction: 'AT_LEAST', target: 100, accrual: 'EVEN', targetQuote: '残疾儿童精准适配辅助器具不少于100人次',
        h1: { value: 100, quote: '残疾儿童精准适配辅助器具100人次' },
      },
      {
        key: 'parent-training', name: '家长康复知识培训', unitOfMeasure: '场', direction: 'AT_LEAST', target: 4, accrual: 'EVEN', targetQuote: '每季度开展残疾儿童家长康复知识培训',
        note: '原文为“每季度开展”，按每年4场计', h1: { value: 3, quote: '已开展残疾儿童家长康复知识培训活动3场' },
      },
      {
        key: 'visits', name: '探访残疾儿童', unitOfMeasure: '人次', direction: 'AT_LEAST', target: 1000, accrual: 'EVEN', targetQuote: '探访残疾儿童不少于1000人次',
        h1: { value: 502, quote: '探访残疾儿童502人次' },
      },
      {
        key: 'counselling', name: '心理疏导服务', unitOfMeasure: '人次', direction: 'AT_LEAST', target: 500, accrual: 'EVEN', targetQuote: '心理疏导服务不少于500人次',
        h1: { value: 255, quote: '残疾儿童及家属心理疏导服务255人次' },
      },
    ],
  },
];

/** `items`: the sub-items a problem concerns (it shows as theirs; the others stay unaffected). */
export type SeedProblem = { key: string; task: number; items?: string[]; kind: ProblemKind; text: string; blocking: boolean; itemsQuote?: string };

/** 存在问题: the three kinds the report names, on the tasks they hit, all open at 2023-06-30. */
export const PROBLEMS: SeedProblem[] = [
  {
    key: 'preliminary', task: 1, items: ['donghai', 'yongan'], itemsQuote: '东海道、永安路整治工程', kind: 'PRELIMINARY', blocking: true,
    text: '如东海道、永安路整治工程为盐田街道道路整治二期工程的子项目，因工程实施方案暂未通过区政府审议仍需进一步作修改完善，一定程度上影响后续施工进度。',
  },
  {
    key: 'site-occupied', task: 3, items: ['park-5'], kind: 'COORDINATION', blocking: true,
    text: '如明珠道绿廊公园带3号地块因佳兆业公司御景家园建筑工地未及时退场，导致无法进场施工，严重影响项目进度。',
  },
  ...[14, 16, 17].map((task) => ({
    key: 'publicity', task, kind: 'PUBLICITY' as const, blocking: false,
    text: '如组织开展的各项文艺活动和为老年人提供各项安全保障和关爱服务等，应坚持面向广大居民群众，切实提高居民群众的知晓度、参与度和满意度。',
  })),
];
