package dev.modelsync.bench;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The rows of the B3 data set as the three tables hold them (ids 1…n, explicit timestamps, as the
 * seed fills them), for the baselines and the write-path comparison that load them without modelsync.
 */
record B3Tables(String name, List<String> columns, long count, LongFunction<Object[]> row) {

    static List<B3Tables> of(SeedDataGenerator data, LocalDateTime now) {
        B3Tables users = new B3Tables("Users", List.of("id", "name", "email", "createdAt", "updatedAt"), data.users(),
                i -> {
                    String[] u = SeedDataGenerator.user((int) i + 1);
                    return new Object[] {i + 1, u[0], u[1], now, now};
                });
        B3Tables projects = new B3Tables("Projects", List.of("id", "title", "description", "createdAt", "updatedAt"),
                data.projects(), j -> {
                    String[] p = SeedDataGenerator.project((int) j + 1);
                    return new Object[] {j + 1, p[0], p[1], now, now};
                });
        B3Tables links = new B3Tables("UserProjects", List.of("userId", "projectId", "role", "createdAt", "updatedAt"),
                data.links(), l -> {
                    int i = (int) (l / data.linksPerUser()) + 1;
                    int k = (int) (l % data.linksPerUser());
                    return new Object[] {(long) i, (long) data.linkedProject(i, k), SeedDataGenerator.role(i, k), now, now};
                });
        return List.of(users, projects, links);
    }

    /** {@code "a", "b"} → {@code "a", "b"} quoted for SQL. */
    String columnList() {
        StringBuilder b = new StringBuilder();
        for (String c : columns) b.append(b.length() == 0 ? "" : ", ").append('"').append(c).append('"');
        return b.toString();
    }
}
