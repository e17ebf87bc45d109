/**
 * The inspector's mobile API under {@code /mobile/v1}: assigned inspections, checklist templates, answers, signed
 * on-site records, evidence upload, and later offline sync. Versioned paths, client-generated ids on every command so a
 * resend is harmless. Declares the ports that the application implements.
 */
package cn.energyinspect.mobile;
