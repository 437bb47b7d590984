import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';

/**
 * Seeded customer lists for benchmarks and tests: the same seed gives the same list, so runs
 * compare. Columns are what a Chinese client's Excel export looks like (客户名称, 行业, …).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['深圳', '广州', '上海', '北京', '杭州', '苏州', '成都', '武汉', '天津', '重庆', '南京', '青岛', '厦门', '西安', '长沙'];
const REGION_OF: Record<string, string> = {
  深圳: '华南', 广州: '华南', 厦门: '华南', 上海: '华东', 杭州: '华东', 苏州: '华东', 南京: '华东', 青岛: '华北',
  北京: '华北', 天津: '华北', 成都: '西南', 重庆: '西南', 武汉: '华中', 长沙: '华中', 西安: '西北',
};
const WORDS = ['华', '信', '达', '通', '远', '盛', '泰', '恒', '瑞', '鑫', '宏', '安', '新', '捷', '联', '海', '凯', '德', '嘉', '锦'];
const INDUSTRIES = ['电子制造', '快消品', '汽车', '医药', '零售', '化工', '服装', '系统集成', '软件', '金融服务', '通信', '政府及公共事业', '交通运输'];
const KINDS = ['有限公司', '集团有限公司', '科技有限公司', '股份有限公司', '实业有限公司'];
const STATUSES = ['现有客户', '潜在客户', '流失客户'];

export interface AccountRow {
  客户名称: string;
  行业: string;
  区域: string;
  城市: string;
  '年营业额（百万元）': string;
  员工人数: string;
  '年物流支出（百万元）': string;
  状态: string;
  备注: string;
}

export const HEADERS: (keyof AccountRow)[] = ['客户名称', '行业', '区域', '城市', '年营业额（百万元）', '员工人数', '年物流支出（百万元）', '状态', '备注'];

/** Revenue is log-normal-ish: many small companies, a few very large ones (as in the deck's tiers). */
export function generateAccounts(count: number, seed = 42): AccountRow[] {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const rows: AccountRow[] = [];
  for (let i = 0; i < count; i++) {
    const city = pick(PLACES);
    const revenue = Math.round(Math.exp(2 + rnd() * 6.5) * 10) / 10;
    const employees = Math.max(5, Math.round(revenue * (2 + rnd() * 8)));
    rows.push({
      客户名称: `${city}${pick(WORDS)}${pick(WORDS)}${pick(KINDS)}${i % 97 === 0 ? '' : ` ${i + 1}`}`,
      行业: pick(INDUSTRIES),
      区域: REGION_OF[city]!,
      城市: city,
      '年营业额（百万元）': revenue.toLocaleString('en-US', { maximumFractionDigits: 1 }),
      员工人数: String(employees),
      '年物流支出（百万元）': (Math.round(revenue * (0.02 + rnd() * 0.08) * 10) / 10).toString(),
      状态: pick(STATUSES),
      备注: rnd() < 0.1 ? '重点跟进' : '',
    });
  }
  return rows;
}

/** CSV bytes as Excel writes them: UTF-8 with BOM, or GB18030 (Excel on Chinese Windows). */
export function toCsv(rows: AccountRow[], encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' = 'utf-8-bom'): Buffer {
  const text = Papa.unparse({ fields: HEADERS, data: rows.map((r) => HEADERS.map((h) => r[h])) }, { newline: '\r\n' });
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  return Buffer.from((encoding === 'utf-8-bom' ? '\ufeff' : '') + text, 'utf8');
}

export async function toXlsx(rows: AccountRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户名单');
  ws.addRow(HEADERS);
  for (const r of rows) {
    ws.addRow(HEADERS.map((h) => {
      const v = r[h];
      // Numbers are numbers in a real workbook; names stay text.
      const n = Number(v.replace(/,/g, ''));
      return h === '客户名称' || h === '备注' || v === '' || Number.isNaN(n) ? v : n;
    }));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
