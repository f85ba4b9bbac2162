// Twin of index_options.yaml for the Sequelize oracle.
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Doc', { title: DataTypes.STRING, body: DataTypes.STRING, slug: DataTypes.STRING }, { timestamps: false, indexes: [
    { name: 'doc_title', using: 'BTREE', fields: [{ name: 'title', length: 10, order: 'DESC' }] },
    { fields: ['body'], type: 'UNIQUE' },
    { fields: [{ attribute: 'slug' }, 'title'], prefix: 'docs_by', concurrently: true },
  ] });
};
