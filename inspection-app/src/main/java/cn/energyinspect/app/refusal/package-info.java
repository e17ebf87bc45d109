/**
 * Refusals: what services throw instead of web types. A {@link cn.energyinspect.app.refusal.Refusal} names its kind
 * (not found, invalid with the fields, conflict …) and a safe detail; only the web layer knows HTTP and turns it into
 * problem details ({@code web.ApiExceptionHandler}, {@code web.ProblemStatus}).
 */
package cn.energyinspect.app.refusal;
