import type { Verslag } from './flow/index.js';

/**
 * The verslag as a PDF, built in memory with pdfkit's built-in Helvetica (no fonts or network
 * needed at run time). Same sections and lines as the card and the plain text.
 */
export async function verslagPdf(verslag: Verslag, producedOn: Date): Promise<Buffer> {
  // Loaded on the first download, not at start-up.
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: { Title: verslag.title, Producer: 'Veilig Thuis assistent', CreationDate: producedOn },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.font('Helvetica-Bold').fontSize(16).text(verslag.title);
    for (const section of verslag.sections) {
      doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(section.heading);
      doc.font('Helvetica').fontSize(10.5);
      for (const line of section.lines) doc.moveDown(0.2).text(`•  ${line}`, { indent: 0 });
    }
    doc.end();
  });
}
