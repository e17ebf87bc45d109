/**
 * Excel workbooks at the API's edge: reading an uploaded {@code .xlsx} with bounded memory (size, inflated size and
 * row caps checked before and while parsing, SAX instead of a DOM) and answering downloads with the right media type
 * and an RFC 5987 file name. Capabilities decide what the cells mean; this package only moves text in and out.
 */
package cn.energyinspect.app.spreadsheet;
