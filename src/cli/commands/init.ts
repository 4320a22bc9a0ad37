import path from 'node:path';
import { UsageError, exitCodes, type ExitCode } from '../errors';
import { exists, writeFileAtomic } from '../files';
import { say, type CommandIo } from '../io';

export interface InitArgs {
  readonly file: string;
  readonly force: boolean;
}

/** `vankien init <file.xlsx>`: a new workbook with every sheet of the contract (spec/CLI.md). */
export async function runInit(args: InitArgs, io: CommandIo): Promise<ExitCode> {
  const target = path.resolve(io.cwd, args.file);
  if (!/\.xlsx$/i.test(target)) {
    throw new UsageError(
      `Tên tệp phải có đuôi .xlsx: «${args.file}».`,
      `The file name must end in .xlsx: «${args.file}».`,
    );
  }
  if (!args.force && (await exists(target))) {
    throw new UsageError(
      `Tệp «${args.file}» đã có; không ghi đè. Chọn tên khác hoặc thêm --force để ghi đè.`,
      `«${args.file}» exists and was not overwritten. Choose another name or add --force.`,
    );
  }
  // exceljs is loaded only by the commands that write .xlsx files.
  const { createContractWorkbook, writeWorkbookToBuffer } = await import('../../xlsx/write-contract');
  const bytes = await writeWorkbookToBuffer(createContractWorkbook());
  await writeFileAtomic(target, bytes);
  say(
    io,
    `Đã tạo sổ theo dõi mới: ${target}\nMở bằng Excel, điền trang «Đơn vị» trước, rồi chạy: vankien validate "${args.file}"`,
    `Created a new workbook: ${target}\nOpen it in Excel, fill the «Đơn vị» sheet first, then run: vankien validate "${args.file}"`,
  );
  return exitCodes.done;
}
