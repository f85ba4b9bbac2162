// Twin of references_v7.yaml for the Sequelize oracle (run it with v7: Sequelize 6's sync fails on references.table
// and on references: 'people'). Sequelize's sync does not create the schema. Its full output is
// references_v7.oracle.txt.
module.exports = async (sequelize, DataTypes, lib) => {
  await sequelize.createSchema('app');
  const User = sequelize.define('User', { email: DataTypes.STRING }, { tableName: 'people', timestamps: false });
  sequelize.define('Account', { code: { type: DataTypes.STRING(8), primaryKey: true } }, { timestamps: false });
  sequelize.define('Post', {
    byTable: { type: DataTypes.INTEGER, references: { table: 'people', key: 'id' } },
    byName: { type: DataTypes.INTEGER, references: 'people' },
    bySchema: { type: DataTypes.INTEGER,
      references: { table: { tableName: 'people', schema: 'public' }, deferrable: lib.Deferrable.INITIALLY_DEFERRED } },
    byModel: { type: DataTypes.INTEGER, references: { model: User }, onDelete: 'CASCADE' },
    accountCode: { type: DataTypes.STRING(8), references: { table: 'Accounts', key: 'code' } },
  }, { timestamps: false });
  sequelize.define('Log', { line: DataTypes.TEXT }, { schema: 'app', timestamps: false });
  sequelize.define('Audit', {
    logId: { type: DataTypes.INTEGER, references: { table: 'Logs', key: 'id' } },
    userId: { type: DataTypes.INTEGER, references: { table: { tableName: 'people', schema: 'public' }, key: 'id' } },
  }, { schema: 'app', timestamps: false });
};
