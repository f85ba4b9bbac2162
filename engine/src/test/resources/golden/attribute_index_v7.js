// Twin of attribute_index_v7.yaml for the Sequelize oracle (Sequelize 7's attribute options index and columnName;
// Sequelize 6 ignores both).
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Doc', {
    title: { type: DataTypes.STRING, index: true },
    slug: { type: DataTypes.STRING, columnName: 'the_slug', index: 'doc_slug_lookup' },
    a: { type: DataTypes.STRING, index: 'pair' },
    b: { type: DataTypes.STRING, index: { name: 'pair', attribute: { order: 'DESC' } } },
    c: { type: DataTypes.STRING, index: { unique: true } },
  }, { timestamps: false });
};
