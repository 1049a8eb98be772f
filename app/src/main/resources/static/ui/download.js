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
  // Without a name of our own, the server's: a copy's file says whose copy it is.
  link.download = fileName || serverFileName(response) || 'download';
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

function serverFileName(response) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="?([^";]+)"?/.exec(disposition);
  return match ? match[1] : null;
}
