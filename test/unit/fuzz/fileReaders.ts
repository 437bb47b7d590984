import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { startTestService } from '../../helpers/service';

/**
 * Every reader of a file the user picks, as the fuzz suite feeds it: the API method that reads
 * the bytes, its arguments, and well-formed files to cut and damage. A new reader (the workshop
 * file, say) is one more entry here.
 */
export interface FileReaderCase {
  name: string;
  method: string;
  args(bytes: Uint8Array, fileName: string): unknown;
  fileNames: string[];
  seeds(): Promise<Uint8Array[]>;
  /** Cases per run (before SALESMAP_FUZZ_SCALE): a workbook costs more to open than a CSV. */
  runs: number;
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const readTable = (bytes: Uint8Array, fileName: string) => ({ fileName, dataBase64: base64(bytes) });

const CSV = '客户名称,行业,区域,年营业额（万元）,员工人数\r\n深圳华信有限公司,电子,华南,"1,200",500\r\n"广州, 恒达","快消\n品",华南,300,20\r\n';

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户名单');
  ws.addRow(['2024 重点客户']);
  ws.mergeCells('A1:D1');
  ws.addRow(['客户名称', '行业', '年营业额（万元）', '员工人数']);
  ws.addRow(['深圳华信有限公司', '电子', 1200, { formula: 'B2*2', result: 4 }]);
  ws.addRow(['广州恒达集团', '快消', 300.5, 20]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const FILE_READERS: FileReaderCase[] = [
  {
    name: 'CSV and text',
    method: 'readTable',
    args: readTable,
    fileNames: ['客户名单.csv', 'accounts.txt', 'export.tsv', 'crm.xls', '.csv'],
    seeds: async () => [Buffer.from(CSV, 'utf8'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV)]), iconv.encode(CSV, 'gbk'), iconv.encode(CSV, 'utf16-le')],
    runs: 1500,
  },
  {
    name: 'XLSX',
    method: 'readTable',
    args: readTable,
    fileNames: ['客户名单.xlsx', 'book.xlsm', 'renamed.csv'],
    seeds: async () => [await workbook()],
    runs: 400,
  },
  {
    name: 'workshop file (.salesmap)',
    method: 'importWorkshopFile',
    args: readTable,
    fileNames: ['海格物流 2026-12-03.salesmap', 'workshop.json', 'copy.salesmap'],
    seeds: async () => [Buffer.from(await workshopFile(), 'base64')],
    runs: 300,
  },
];

/** A real exported workshop file: a template workshop with accounts, from its own library. */
async function workshopFile(): Promise<string> {
  const t = await startTestService();
  try {
    const { id } = await t.ok('createWorkshop', { name: '海格物流', client: '海格', language: 'zh-CN', templateId: 'sales-transformation' });
    await t.ok('dispatch', { workshopId: id, command: { type: 'account.import', accounts: [{ name: '深圳华信有限公司', revenue: 12 }, { name: '广州恒达集团' }] } });
    return (await t.ok('exportWorkshopFile', { workshopId: id })).dataBase64;
  } finally {
    t.close();
  }
}
