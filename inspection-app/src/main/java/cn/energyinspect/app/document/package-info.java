/**
 * Official enforcement documents (节能监察执法文书) as A4 PDFs.
 *
 * <p>The four documents of a case — {@link cn.energyinspect.app.document.InspectionNotice 节能监察通知书},
 * {@link cn.energyinspect.app.document.OnSiteRecord 现场监察笔录}, {@link
 * cn.energyinspect.app.document.RectificationNotice 限期整改通知书} and {@link
 * cn.energyinspect.app.document.ReviewOpinion 整改复查意见书} — are plain records filled from case data and turned
 * into PDF bytes by {@link cn.energyinspect.app.document.DocumentRenderer}. Field sets follow
 * credit-and-documents.md B3.2 (modelled on the 2017 安全生产监管执法文书 set, as no provincial 节能监察 template was
 * found); layout follows GB/T 9704-2012 (B4) where a fixed-form enforcement document allows it.
 *
 * <p>Why the layout engine is home-made and small: PDFBox draws glyphs, nothing more. The engine breaks text into
 * {@code Line}s of known height (Chinese wrapping by character width, simple 避头尾 rules), lets a paginator stack them
 * onto pages (keep-with-next for headings, table rows and the seal block; table headers repeat after a break), then
 * draws each page. Nothing depends on the clock, so the same input gives the same bytes.
 *
 * <p>Procedure rules that have exceptions (the notice served 5 days before a 现场监察, the 限期整改通知书 within 20 days
 * after the inspection) belong to the case workflow, not here; the records only reject data that cannot make a lawful
 * document (fewer than two inspectors, a deadline before the issue date, an invalid 统一社会信用代码…).
 *
 * <p>Fonts: Noto Serif SC (body, the open stand-in for 仿宋/小标宋) and Noto Sans SC (headings, for 黑体), both
 * SIL OFL 1.1, shipped under {@code resources/fonts/} and embedded as subsets.
 */
package cn.energyinspect.app.document;
