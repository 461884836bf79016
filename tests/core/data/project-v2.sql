-- A DuoCoder project in file format 2, frozen: never regenerate this file.
CREATE TABLE coders (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	guid VARCHAR(36) NOT NULL, 
	CONSTRAINT pk_coders PRIMARY KEY (id), 
	CONSTRAINT uq_coders_name UNIQUE (name), 
	CONSTRAINT uq_coders_guid UNIQUE (guid)
);
INSERT INTO "coders" VALUES(1,'Lies','ef6e8f79-5b04-4b56-aa58-d88061299bc7');
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
INSERT INTO "codes" VALUES(1,NULL,'Verbinding','b7c2090a-da6c-40c5-912c-157bd47a5e67','#8ecae6','',1,0,'');
INSERT INTO "codes" VALUES(2,1,'Klik','3f43a4e5-67ca-4666-8e4b-169c6e1c780f','#8ecae6','',1,0,'');
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
INSERT INTO "codings" VALUES(1,1,2,20,32,1,NULL,'2026-12-04 15:41:40.141559',0);
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
INSERT INTO "documents" VALUES(1,'Bram','I: Hoe gaat het?
R: Goed 😊 café, echt waar.',43,'1956b1b945bf0fa8c6dd6815c82726cc4d2be2bb34856bd3411a19f057664940','txt','Bram','volunteer','Duo Denderland vzw','Duo 2','2026-12-04 15:41:39.963975',1);
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
INSERT INTO "meta" VALUES('name','Duo v2');
INSERT INTO "meta" VALUES('language','nl');
INSERT INTO "meta" VALUES('interviewer_labels','["I", "Int", "Interviewer", "Interviewster", "Onderzoeker", "Researcher", "Q", "Vraag", "Moderator"]');
INSERT INTO "meta" VALUES('revision','2');
CREATE TABLE nlp_documents (
	document_id INTEGER NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	language VARCHAR(8) NOT NULL, 
	pipeline VARCHAR(200) NOT NULL, 
	format INTEGER NOT NULL, 
	tokens INTEGER NOT NULL, 
	indexed_at DATETIME NOT NULL, 
	lemmas BLOB NOT NULL, 
	flags BLOB NOT NULL, 
	offsets BLOB NOT NULL, 
	sentences BLOB NOT NULL, 
	CONSTRAINT pk_nlp_documents PRIMARY KEY (document_id), 
	CONSTRAINT fk_nlp_documents_document_id_documents FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
CREATE TABLE nlp_forms (
	form VARCHAR(400) NOT NULL, 
	lemma_id INTEGER NOT NULL, 
	CONSTRAINT pk_nlp_forms PRIMARY KEY (form, lemma_id), 
	CONSTRAINT fk_nlp_forms_lemma_id_nlp_lemmas FOREIGN KEY(lemma_id) REFERENCES nlp_lemmas (id) ON DELETE CASCADE
);
CREATE TABLE nlp_lemmas (
	id INTEGER NOT NULL, 
	lemma VARCHAR(400) NOT NULL, 
	CONSTRAINT pk_nlp_lemmas PRIMARY KEY (id), 
	CONSTRAINT uq_nlp_lemmas_lemma UNIQUE (lemma)
);
CREATE TABLE nlp_rejections (
	id INTEGER NOT NULL, 
	code_id INTEGER NOT NULL, 
	document_id INTEGER NOT NULL, 
	start INTEGER NOT NULL, 
	"end" INTEGER NOT NULL, 
	rejected_at DATETIME NOT NULL, 
	CONSTRAINT pk_nlp_rejections PRIMARY KEY (id), 
	CONSTRAINT uq_nlp_rejections_code_id UNIQUE (code_id, document_id, start, "end"), 
	CONSTRAINT ck_nlp_rejections_span CHECK (start >= 0 AND start < "end"), 
	CONSTRAINT fk_nlp_rejections_code_id_codes FOREIGN KEY(code_id) REFERENCES codes (id) ON DELETE CASCADE, 
	CONSTRAINT fk_nlp_rejections_document_id_documents FOREIGN KEY(document_id) REFERENCES documents (id) ON DELETE CASCADE
);
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
INSERT INTO "paragraphs" VALUES(2,1,1,17,43);
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
INSERT INTO "turns" VALUES(2,1,1,20,43,17,'R',NULL);
CREATE INDEX ix_documents_content_hash ON documents (content_hash);
CREATE INDEX ix_documents_case_name ON documents (case_name);
CREATE INDEX ix_documents_duo ON documents (duo);
CREATE INDEX ix_documents_role ON documents (role);
CREATE INDEX ix_codes_parent_id ON codes (parent_id);
CREATE INDEX ix_paragraphs_doc_start ON paragraphs (document_id, start);
CREATE INDEX ix_turns_doc_start ON turns (document_id, start);
CREATE INDEX ix_codings_doc_start ON codings (document_id, start);
CREATE INDEX ix_codings_code_id ON codings (code_id);
