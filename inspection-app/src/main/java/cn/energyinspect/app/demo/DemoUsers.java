package cn.energyinspect.app.demo;

import java.util.List;

/** The accounts the demo data creates, all with the password {@value #PASSWORD}. */
public final class DemoUsers {
    public static final String PASSWORD = "demo";
    public static final List<String> USERNAMES = List.of(
            "admin",
            "city-supervisor",
            "supervisor",
            "inspector1",
            "inspector2",
            "inspector-nb",
            "enterprise",
            "auditor",
            "ningbo-supervisor",
            "inspector-zj",
            "inspector-hz");

    private DemoUsers() {}
}
