package cn.energyinspect.app;

import cn.energyinspect.app.campaign.draw.VerifyDrawCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * EnergyInspect (工业节能监察平台). With no database or search server configured it starts embedded ones (see {@code
 * cn.energyinspect.app.devservices}); in production it is pointed at MySQL 8 and an Elasticsearch cluster. With the
 * argument {@code verify-draw <file>} it only verifies a published campaign draw (docs/draw-algorithm.md) and exits.
 */
@SpringBootApplication(
        exclude = {ElasticsearchClientAutoConfiguration.class, ElasticsearchRestClientAutoConfiguration.class})
@ConfigurationPropertiesScan
public class EnergyInspectApplication {
    public static void main(String[] args) {
        if (args.length > 0 && VERIFY_DRAW.equals(args[0])) {
            // `java -jar inspection-app.jar verify-draw <file>`: anyone can check a published draw, no server started
            System.exit(VerifyDrawCommand.run(args, System.out));
        }
        SpringApplication.run(EnergyInspectApplication.class, args);
    }

    static final String VERIFY_DRAW = "verify-draw";
}
