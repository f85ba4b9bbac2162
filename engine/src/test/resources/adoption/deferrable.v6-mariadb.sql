SET FOREIGN_KEY_CHECKS = 0;
CREATE TABLE `Accounts` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `Transfers` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `fromId` int(11) DEFAULT NULL,
  `toId` int(11) DEFAULT NULL,
  `viaId` int(11) DEFAULT NULL,
  `byId` int(11) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fromId` (`fromId`),
  KEY `toId` (`toId`),
  KEY `viaId` (`viaId`),
  KEY `byId` (`byId`),
  CONSTRAINT `Transfers_ibfk_1` FOREIGN KEY (`fromId`) REFERENCES `Accounts` (`id`),
  CONSTRAINT `Transfers_ibfk_2` FOREIGN KEY (`toId`) REFERENCES `Accounts` (`id`) ON DELETE CASCADE,
  CONSTRAINT `Transfers_ibfk_3` FOREIGN KEY (`viaId`) REFERENCES `Accounts` (`id`),
  CONSTRAINT `Transfers_ibfk_4` FOREIGN KEY (`byId`) REFERENCES `Accounts` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
SET FOREIGN_KEY_CHECKS = 1;
