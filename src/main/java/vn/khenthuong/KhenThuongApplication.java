package vn.khenthuong;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan // the *Properties records of each feature: defaults in the record, checked at start-up
public class KhenThuongApplication {

    public static void main(String[] args) {
        SpringApplication.run(KhenThuongApplication.class, args);
    }
}
