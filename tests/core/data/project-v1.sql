-- A DuoCoder project in file format 1, frozen: never regenerate this file.
CREATE TABLE coders (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	guid VARCHAR(36) NOT NULL, 
	CONSTRAINT pk_coders PRIMARY KEY (id), 
	CONSTRAINT uq_coders_name UNIQUE (name), 
	CONSTRAINT uq_coders_guid UNIQUE (guid)
);
INSERT INTO "coders" VALUES(1,'Lies','648be542-a951-4b24-8d34-5435d2604603');
CREATE TABLE codes (
	id INTEGER NOT NULL, 
	parent_id INTEGER, 
	name VARCHAR(400) NOT NULL, 
	guid VARCHAR(36) NOT NULL, 
	color VARCHAR(9) NOT NULL, 
	description TEXT NOT NULL, 
	codable BOOLEAN NOT NULL, 
	position INTEGER NOT NULL, 
	keywords TEXT NOT NULL, 
	CONSTRAINT pk_codes PRIMARY KEY (id), 
	CONSTRAINT fk_codes_parent_id_codes FOREIGN KEY(parent_id) REFERENCES codes (id) ON DELETE RESTRICT, 
	CONSTRAINT uq_codes_guid UNIQUE (guid)
);
INSERT INTO "codes" VALUES(1,NULL,'Verbinding','85c64a5e-c677-4adc-b298-40476a7287c8','#8ecae6','',1,0,'');
INSERT INTO "codes" VALUES(2,1,'Vertrouwensrelatie','f01a37e9-031a-4e0a-ad54-4c57e234ae7f','#8ecae6','',1,0,'');
CREATE TABLE codings (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	code_id INTEGER NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	coder_id INTEGER, 
	memo TEXT, 
	created_at DATETIME NOT NULL, 
	auto BOOLEAN NOT NULL, 
	CONSTRAINT pk_codings PRIMARY KEY (id), 
	CONSTRAINT ck_codings_span CHECK (start >= 0 AND start < "end"), 
	CONSTRAINT fk_codings_document_id_documents FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE, 
	CONSTRAINT fk_codings_code_id_codes FOREIGN KEY(code_id) REFERENCES codes (id) ON DELETE CASCADE, 
	CONSTRAINT fk_codings_coder_id_coders FOREIGN KEY(coder_id) REFERENCES coders (id) ON DELETE SET NULL
);
INSERT INTO "codings" VALUES(1,1,2,20,31,1,NULL,'2026-11-22 01:20:10.685726',0);
CREATE TABLE document_attributes (
	document_id INTEGER NOT NULL, 
	"key" VARCHAR(200) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_document_attributes PRIMARY KEY (document_id, "key"), 
	CONSTRAINT fk_document_attributes_document_id_documents FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
CREATE TABLE documents (
	id INTEGER NOT NULL, 
	name VARCHAR(400) NOT NULL, 
	text TEXT, 
	length INTEGER NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	source_format VARCHAR(16) NOT NULL, 
	original_name VARCHAR(400) NOT NULL, 
	role VARCHAR(32) NOT NULL, 
	case_name VARCHAR(400), 
	duo VARCHAR(400), 
	imported_at DATETIME NOT NULL, 
	position INTEGER NOT NULL, 
	CONSTRAINT pk_documents PRIMARY KEY (id), 
	CONSTRAINT uq_documents_name UNIQUE (name)
);
INSERT INTO "documents" VALUES(1,'Anna','I: Hoe gaat het?
R: Goed 😊 café, echt.',38,'1fc20ac39ae7f817e4091a7a81aba4254d9f6b95032e4d6d53eaaecd6c54f070','txt','Anna','participant','Duo Denderland vzw','Duo 1','2026-11-22 01:20:10.661904',1);
CREATE TABLE memos (
	id INTEGER NOT NULL, 
	target VARCHAR(16) NOT NULL, 
	target_id INTEGER, 
	text TEXT NOT NULL, 
	coder_id INTEGER, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_memos PRIMARY KEY (id), 
	CONSTRAINT target UNIQUE (target, target_id), 
	CONSTRAINT ck_memos_target_kind CHECK (target IN ('project', 'document', 'code')), 
	CONSTRAINT fk_memos_coder_id_coders FOREIGN KEY(coder_id) REFERENCES coders (id) ON DELETE SET NULL
);
CREATE TABLE meta (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_meta PRIMARY KEY ("key")
);
INSERT INTO "meta" VALUES('name','Oud project');
INSERT INTO "meta" VALUES('language','nl');
INSERT INTO "meta" VALUES('interviewer_labels','["I", "Int", "Interviewer", "Interviewster", "Onderzoeker", "Researcher", "Q", "Vraag", "Moderator"]');
CREATE TABLE paragraphs (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	CONSTRAINT pk_paragraphs PRIMARY KEY (id), 
	CONSTRAINT fk_paragraphs_document_id_documents FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO "paragraphs" VALUES(1,1,0,0,16);
INSERT INTO "paragraphs" VALUES(2,1,1,17,38);
CREATE TABLE turns (
	id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	label_start INTEGER, 
	speaker VARCHAR(200) NOT NULL, 
	timestamp VARCHAR(32), 
	CONSTRAINT pk_turns PRIMARY KEY (id), 
	CONSTRAINT fk_turns_document_id_documents FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
INSERT INTO "turns" VALUES(1,1,0,3,16,0,'I',NULL);
INSERT INTO "turns" VALUES(2,1,1,20,38,17,'R',NULL);
CREATE INDEX ix_documents_content_hash ON documents (content_hash);
CREATE INDEX ix_documents_role ON documents (role);
CREATE INDEX ix_documents_duo ON documents (duo);
CREATE INDEX ix_documents_case_name ON documents (case_name);
CREATE INDEX ix_codes_parent_id ON codes (parent_id);
CREATE INDEX ix_paragraphs_doc_start ON paragraphs (document_id, start);
CREATE INDEX ix_turns_doc_start ON turns (document_id, start);
CREATE INDEX ix_codings_doc_start ON codings (document_id, start);
CREATE INDEX ix_codings_code_id ON codings (code_id);
