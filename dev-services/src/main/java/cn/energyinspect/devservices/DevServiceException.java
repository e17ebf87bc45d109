package cn.energyinspect.devservices;

/**
 * A dev server could not start or run. The message is meant for a human at a terminal: what went wrong,
 * which port or folder, and for a server that did not come up the last lines of its log.
 */
public class DevServiceException extends RuntimeException {
    public DevServiceException(String message) {
        super(message);
    }

    public DevServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
