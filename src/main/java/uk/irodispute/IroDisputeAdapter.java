package uk.irodispute;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the IRO dispute adapter. */
@SpringBootApplication
public class IroDisputeAdapter {

  public static void main(String[] args) {
    SpringApplication.run(IroDisputeAdapter.class, args);
  }
}
