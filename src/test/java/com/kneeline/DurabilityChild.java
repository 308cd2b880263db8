package com.kneeline;

import com.kneeline.account.AccountService;
import com.kneeline.account.RegistrationForm;
import com.kneeline.account.Role;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app as production runs it (only the main application.properties, an H2 file in the given directory), making
 * accounts one after another and printing "ACK n" after each commit returned, until it is killed. See DurabilityTest.
 */
public final class DurabilityChild {

    private DurabilityChild() {
    }

    public static void main(String[] args) {
        String dataDir = args[0];
        String prefix = args[1];
        // Further arguments are passed on, e.g. another spring.datasource.url to compare H2 settings.
        String[] settings = java.util.stream.Stream.concat(java.util.stream.Stream.of(
                "--spring.config.location=classpath:application.properties",
                "--kneeline.data-dir=" + dataDir, "--server.port=0", "--management.server.port=0",
                "--vaadin.launch-browser=false",
                "--logging.level.root=WARN"), java.util.Arrays.stream(args).skip(2)).toArray(String[]::new);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(settings);
        AccountService accounts = app.getBean(AccountService.class);
        System.out.println("READY");
        for (int n = 0; ; n++) {
            accounts.register(new RegistrationForm(prefix + "-" + n + "@example.com", "Writer " + n,
                    "durable writes " + n, Role.INDIVIDUAL));
            System.out.println("ACK " + n);
            System.out.flush();
        }
    }
}
