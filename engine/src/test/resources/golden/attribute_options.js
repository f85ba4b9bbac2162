// Twin of attribute_options.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes, lib) => {
  const Account = sequelize.define('Account', {
    num: { type: DataTypes.INTEGER, primaryKey: true, autoIncrementIdentity: true, autoIncrement: true },
    email: { type: DataTypes.STRING, unique: { args: true, msg: 'That email is taken' } },
    first: { type: DataTypes.STRING, unique: { name: 'full_name_uq', msg: 'Name taken' } },
    last: { type: DataTypes.STRING, unique: { name: 'full_name_uq', msg: 'Name taken' } },
  }, { timestamps: false });
  sequelize.define('Audit', {
    accountNum: { type: DataTypes.INTEGER,
      references: { model: Account, key: 'num', deferrable: lib.Deferrable.INITIALLY_IMMEDIATE } },
  }, { timestamps: false });
};
