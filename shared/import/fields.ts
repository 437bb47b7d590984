import type { Account } from '../records';

/**
 * The account fields a customer list can fill, in the order the mapping step lists them.
 * `kind` says how a cell is read: text as is, money as an amount converted to ¥ M, count as a
 * whole number (people).
 */
export const IMPORT_FIELDS = ['name', 'industry', 'region', 'city', 'revenue', 'employees', 'spend', 'potential', 'status', 'notes'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export type FieldKind = 'text' | 'line' | 'money' | 'count';

export interface FieldSpec {
  kind: FieldKind;
  /** Longest text the account schema accepts (shared/records/segments.ts). */
  maxLength?: number;
  required?: boolean;
}

export const FIELD_SPECS: Record<ImportField, FieldSpec> = {
  name: { kind: 'line', maxLength: 200, required: true },
  industry: { kind: 'line', maxLength: 100 },
  region: { kind: 'line', maxLength: 100 },
  city: { kind: 'line', maxLength: 100 },
  revenue: { kind: 'money' },
  employees: { kind: 'count' },
  spend: { kind: 'money' },
  potential: { kind: 'money' },
  status: { kind: 'line', maxLength: 100 },
  notes: { kind: 'text', maxLength: 20_000 },
};

/** Largest values the account schema accepts: money in ¥ M, employees in people. */
export const MAX_MONEY = 1e12;
export const MAX_EMPLOYEES = 10_000_000;

/** One account as the `account.import` command takes it: a name plus whatever the file had. */
export type ImportedAccount = Pick<Account, 'name'> & Partial<Pick<Account, Exclude<ImportField, 'name'>>>;

/**
 * Header words per field, as Chinese and English customer lists spell them. `exact` must be the
 * whole header (after the unit and punctuation are removed); `contains` may sit inside a longer
 * header ("2023年营业收入"), unless the header also holds one of `not` ("收入增长率" is not revenue).
 * `weak` matches only when nothing better claims the column (a province is not quite a region).
 */
export interface FieldWords {
  exact: string[];
  contains: string[];
  not?: string[];
  weak?: string[];
}

const MONEY_NOT = ['增长', '增速', 'growth', '率', 'rate', '占比', 'share', '目标', 'target', '利润', 'profit', '%'];

export const FIELD_WORDS: Record<ImportField, FieldWords> = {
  name: {
    exact: [
      '客户名称', '客户名', '客户', '客户全称', '公司名称', '公司名', '公司', '公司全称', '企业名称', '企业', '企业全称',
      '单位名称', '单位', '名称', 'Name', 'Account', 'Account name', 'Customer', 'Customer name', 'Company',
      'Company name', 'Client', 'Client name', 'Organization', 'Organisation',
      // Traditional Chinese (Big5 lists from Taiwan and Hong Kong).
      '客戶名稱', '客戶名', '客戶', '客戶全稱', '公司名稱', '企業名稱', '單位名稱', '名稱',
    ],
    contains: ['客户名称', '公司名称', '企业名称', '单位名称', '客户全称', '客戶名稱', '公司名稱', '企業名稱', 'Account name', 'Customer name', 'Company name', 'Client name'],
    not: ['联系人', 'contact', '编号', '编码', '代码', 'code', '负责人', '经理', 'owner', 'manager'],
  },
  industry: {
    exact: ['行业', '所属行业', '行业分类', '行业类别', '行业类型', 'Industry', 'Sector', 'Vertical', 'Industry sector', '行業', '所屬行業', '產業'],
    contains: ['行业', 'industry', 'sector', '行業', '產業'],
    not: ['经理', 'manager', '团队', 'team', '代码', 'code'],
  },
  region: {
    exact: ['区域', '大区', '地区', '片区', '销售区域', '所属区域', '所属大区', '区域/大区', 'Region', 'Area', 'Territory', 'Sales region', 'Zone'],
    contains: ['区域', '大区', 'region', 'territory', '區域', '地區'],
    not: ['经理', 'manager', '代码', 'code'],
    weak: ['省份', '省', '所在省份', 'Province', 'State'],
  },
  city: {
    exact: ['城市', '所在城市', '所在地', '城市名称', 'City', 'Town'],
    contains: ['城市', 'city'],
  },
  revenue: {
    exact: [
      '年营业额', '营业额', '营业收入', '年营业收入', '年收入', '收入', '销售额', '年销售额', '销售收入', '营收', '年营收',
      'Revenue', 'Annual revenue', 'Revenues', 'Sales', 'Annual sales', 'Turnover', 'Income',
    ],
    contains: ['营业额', '营业收入', '营收', '销售额', '销售收入', 'revenue', 'turnover', '營業額', '營業收入', '營收', '銷售額'],
    not: MONEY_NOT,
  },
  employees: {
    exact: [
      '员工人数', '员工数', '员工数量', '人数', '员工', '雇员人数', '职工人数', '人员规模', 'Employees', 'Employee',
      'Headcount', 'Staff', 'No. of employees', 'Number of employees', '# employees', 'Employee count', 'FTE',
    ],
    contains: ['员工', '人数', 'employee', 'headcount', '員工', '人數'],
    not: ['增长', 'growth', '成本', 'cost'],
  },
  spend: {
    exact: [
      '年物流支出', '物流支出', '物流费用', '年物流费用', '物流费', '采购额', '年采购额', '采购金额', '支出', '年支出',
      'Spend', 'Annual spend', 'Logistics spend', 'Purchase', 'Purchases', 'Purchasing', 'Procurement', 'Logistics cost',
    ],
    contains: ['物流支出', '物流费', '采购额', '采购金额', 'spend', 'purchas', 'procurement'],
    not: MONEY_NOT,
  },
  potential: {
    exact: ['潜力', '潜在价值', '市场潜力', '商机潜力', '潜在规模', '客户潜力', 'Potential', 'Wallet', 'Wallet size', 'Opportunity', 'Potential value'],
    contains: ['潜力', 'potential', 'wallet', '潛力'],
    not: ['增长', 'growth', '率', 'rate'],
  },
  status: {
    exact: ['状态', '客户状态', '合作状态', '客户类型', '客户类别', 'Status', 'Customer status', 'Account status', 'Stage', 'Type', 'Customer type', 'Relationship'],
    contains: ['状态', 'status', '狀態'],
  },
  notes: {
    exact: ['备注', '说明', '备注说明', '附注', '注释', '描述', 'Notes', 'Note', 'Comment', 'Comments', 'Remark', 'Remarks', 'Memo', 'Description'],
    contains: ['备注', 'note', 'comment', 'remark', '備註', '說明'],
  },
};
