package cn.energyinspect.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * EnergyInspect (工业节能监察平台). With no database or search server configured it starts embedded ones (see {@code
 * cn.energyinspect.app.devservices}); in production it is pointed at MySQL 8 and an Elasticsearch cluster.
 */
@SpringBootApplication(
        exclude = {ElasticsearchClientAutoConfiguration.class, ElasticsearchRestClientAutoConfiguration.class})
@ConfigurationPropertiesScan
public class EnergyInspectApplication {
    public static void main(String[] args) {
        SpringApplication.run(EnergyInspectApplication.class, args);
    }
}
