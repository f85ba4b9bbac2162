// Twin of deferrable.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes, lib) => {
  const Account = sequelize.define('Account', { name: DataTypes.STRING }, { timestamps: false });
  sequelize.define('Transfer', {
    fromId: { type: DataTypes.INTEGER,
      references: { model: Account, key: 'id', deferrable: lib.Deferrable.INITIALLY_DEFERRED } },
    toId: { type: DataTypes.INTEGER, onDelete: 'CASCADE',
      references: { model: Account, key: 'id', deferrable: lib.Deferrable.INITIALLY_IMMEDIATE } },
    viaId: { type: DataTypes.INTEGER,
      references: { model: Account, key: 'id', deferrable: lib.Deferrable.NOT } },
    byId: { type: DataTypes.INTEGER,
      references: { model: 'Accounts', key: 'id', deferrable: new lib.Deferrable.INITIALLY_DEFERRED() } },
  }, { timestamps: false });
};
