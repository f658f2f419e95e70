package io.github.bisnodeclient.spring.boot.tests.plain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application whose package holds no {@code @BisnodeApi} interface. */
@SpringBootApplication
public class PlainApplication {}
