/**
 * Camunda glue: thin delegates, task listeners, candidate-group assignment, the working-day business calendar built on
 * the rules module, and the one facade through which the application drives processes. Declares the ports it needs and
 * never touches SQL.
 */
package cn.energyinspect.workflow;
