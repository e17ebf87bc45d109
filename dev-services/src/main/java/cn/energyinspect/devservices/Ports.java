package cn.energyinspect.devservices;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Port choice on 127.0.0.1: a free one, or the configured one with a clear error when it is taken. */
final class Ports {
    private Ports() {}

    static int freeOrRequired(int port, String what) {
        return port == 0 ? free() : requireFree(port, what);
    }

    static int requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new PortInUseException(
                    "Cannot start " + what + ": port " + port
                            + " on 127.0.0.1 is already in use by another program. Stop that program or choose another"
                            + " port (0 picks a free one).",
                    port);
        }
    }

    private static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DevServiceException("no free TCP port on 127.0.0.1", e);
        }
    }
}
