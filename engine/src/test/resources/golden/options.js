// Twin of options.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Account', {
    code: { type: DataTypes.STRING(20), allowNull: false, unique: true },
    region: { type: DataTypes.STRING(10), unique: 'region_number' },
    number: { type: DataTypes.INTEGER, unique: 'region_number' },
    ownerName: { type: DataTypes.STRING, comment: 'who owns it' },
  }, {
    paranoid: true, createdAt: 'openedOn', updatedAt: false, comment: 'customer accounts',
    indexes: [
      { fields: ['ownerName'] },
      { name: 'account_region_desc', fields: [{ name: 'region', order: 'DESC' }, 'number'], unique: true,
        where: sequelize.literal('number > 0') },
    ],
  });
  sequelize.define('Ledger', {
    accountId: { type: DataTypes.INTEGER, allowNull: false, references: { model: 'Accounts', key: 'id' }, onDelete: 'CASCADE' },
    postedAt: DataTypes.DATE,
    // Sequelize 6 passes index fields through unchanged: under underscored they must be column names.
  }, { underscored: true, indexes: [{ fields: ['account_id', 'posted_at'] }] });
};
