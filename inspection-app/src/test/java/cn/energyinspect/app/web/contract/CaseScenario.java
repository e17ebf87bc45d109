package cn.energyinspect.app.web.contract;

import cn.energyinspect.app.support.CaseWorld;
import java.time.Instant;
import java.util.Map;

/**
 * A case run through a generated client: the scenario is compiled at test time against the client generated from the
 * live description ({@code src/test/resources/contract/CaseThroughGeneratedClient.java}), so it shares only this
 * interface with the test.
 */
public interface CaseScenario {
    /** Runs the case and returns what it saw (ids, statuses, headers) for the test to check. */
    Map<String, Object> run(Run run) throws Exception;

    /** What the test hands the scenario. */
    interface Run {
        /** The server's address, e.g. {@code http://127.0.0.1:41234}. */
        String baseUrl();

        /** The password of every user of the world. */
        String password();

        /** The agency, its people and the enterprise the case is about. */
        CaseWorld.World world();

        /** Moves the application's and the engine's clock: the case runs over ten days. */
        void clockAt(Instant instant);
    }
}
