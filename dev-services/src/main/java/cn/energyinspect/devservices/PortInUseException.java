package cn.energyinspect.devservices;

/** The port a server was configured with is taken; the caller knows which setting chose it and may say so. */
public final class PortInUseException extends DevServiceException {
    private final int port;

    PortInUseException(String message, int port) {
        super(message);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
