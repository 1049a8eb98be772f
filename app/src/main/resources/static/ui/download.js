import {fetchFile} from './api.js';

/** Downloads a CSV export with the signed-in user's credentials (a plain link would carry none). */
export function downloadCsv(path, fileName) {
  return download(path, fileName, 'text/csv, application/problem+json');
}

export async function download(path, fileName, accept) {
  const response = await fetchFile(path, accept);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
