/**
 * Business time: the clock and the agency's zone. Ask {@link cn.energyinspect.app.time.BusinessTime} for today, never
 * {@code LocalDate.now()} or the clock's UTC date.
 */
package cn.energyinspect.app.time;
