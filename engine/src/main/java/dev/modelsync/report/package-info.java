/**
 * The report files CI reads, written by libraries: JUnit XML ({@code JUnitXml}, the JDK's
 * {@code XMLStreamWriter}), the form verify and lint share, and a report's JSON and JUnit files written
 * side by side ({@code ReportFiles}).
 * <p>May use: nothing of ours.
 */
package dev.modelsync.report;
