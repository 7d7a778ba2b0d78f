/**
 * Print rules of the committee's file: only the file is printed (the portal's sidebar,
 * header and tabs are hidden, whatever the layout around it), each gate's criteria start
 * on a new page, and a section is not cut in the middle when it fits on one page.
 */
export const COMMITTEE_PRINT_CSS = `
@media print {
  @page { size: A4; margin: 15mm; }
  body * { visibility: hidden; }
  #committee-file, #committee-file * { visibility: visible; }
  #committee-file {
    position: absolute; left: 0; top: 0; width: 100%;
    color: #000; background: #fff;
  }
  #committee-file .committee-no-print { display: none !important; }
  #committee-file .committee-section { break-inside: avoid; page-break-inside: avoid; }
  #committee-file .committee-gate { break-before: page; page-break-before: always; }
  #committee-file a::after { content: " (" attr(href) ")"; font-size: 0.8em; }
  nav, header, [class*="BackstageSidebar"], [class*="BackstageHeader"] { display: none !important; }
}
`;
