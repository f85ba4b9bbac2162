// Twin of index_fulltext.yaml for the Sequelize oracle (v6-mariadb full shows the index kind).
module.exports = (sequelize, DataTypes) => {
  sequelize.define('Article', {
    title: DataTypes.STRING,
    summary: DataTypes.STRING(500),
  }, {
    timestamps: false,
    indexes: [
      { name: 'articles_search', type: 'FULLTEXT', fields: ['title', 'summary'] },
      { type: 'FULLTEXT', fields: ['title'] },
    ],
  });
};
