SET FOREIGN_KEY_CHECKS = 0;
CREATE TABLE `Accounts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `code` varchar(20) NOT NULL,
  `region` varchar(10) DEFAULT NULL,
  `number` int(11) DEFAULT NULL,
  `ownerName` varchar(255) DEFAULT NULL COMMENT 'who owns it',
  `openedOn` datetime NOT NULL,
  `deletedAt` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `code` (`code`),
  UNIQUE KEY `region_number` (`region`,`number`),
  UNIQUE KEY `account_region_desc` (`region` DESC,`number`),
  KEY `accounts_owner_name` (`ownerName`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='customer accounts';
CREATE TABLE `ledgers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `account_id` int(11) NOT NULL,
  `posted_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `updated_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `ledgers_account_id_posted_at` (`account_id`,`posted_at`),
  CONSTRAINT `ledgers_ibfk_1` FOREIGN KEY (`account_id`) REFERENCES `Accounts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
SET FOREIGN_KEY_CHECKS = 1;
