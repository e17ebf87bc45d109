/**
 * The dictionary of display names ({@link cn.energyinspect.app.dictionary.DisplayNames}): the single source of the
 * Chinese name of every code a person may read, served to the pages at {@code GET /api/v1/dictionaries}.
 */
package cn.energyinspect.app.dictionary;
