package cn.energyinspect.app.support;

import cn.energyinspect.app.campaign.drawing.DrawWorlds;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the real embedded MariaDB and Elasticsearch, on a random port. Every test class using this
 * shares one application context (and the servers are shared per JVM), so keep the configuration identical.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestFixtures.class, CaseWorld.class, DrawWorlds.class})
public @interface IntegrationTest {}
