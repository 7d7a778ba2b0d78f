/**
 * Print rules of the committee's file: only the file is printed (the portal's sidebar,
 * header and tabs are not laid out at all, whatever the layout around it), the file's
 * ancestors stop scrolling or clipping so that every page prints, each gate's criteria
 * start on a new page, and a section is not cut in the middle when it fits on one page.
 */
export const COMMITTEE_PRINT_CSS = `
@media print {
  @page { size: A4; margin: 15mm; }
  body *:not(:has(#committee-file)):not(#committee-file):not(#committee-file *) {
    display: none !important;
  }
  html, body, *:has(#committee-file) {
    display: block !important;
    position: static !important;
    overflow: visible !important;
    height: auto !important;
    min-height: 0 !important;
    max-height: none !important;
    width: auto !important;
    max-width: none !important;
    margin: 0 !important;
    padding: 0 !important;
    transform: none !important;
  }
  #committee-file { color: #000; background: #fff; }
  #committee-file .committee-no-print { display: none !important; }
  #committee-file .committee-section { break-inside: avoid; page-break-inside: avoid; }
  #committee-file .committee-gate { break-before: page; page-break-before: always; }
  #committee-file a::after { content: " (" attr(href) ")"; font-size: 0.8em; }
}
`;
