package dev.modelsync.model;

/** Naming rules: which Sequelize major version's foreign key names and FLOAT mapping apply. */
public enum Conventions {
    SEQUELIZE6("sequelize6"), SEQUELIZE7("sequelize7");

    private final String key;

    Conventions(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
