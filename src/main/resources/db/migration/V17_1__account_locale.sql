-- Issue 17 (a second language): the language a person chose on "My account". NULL = follow the browser.
-- A BCP 47 language tag such as 'de' or 'en'.
ALTER TABLE account ADD COLUMN locale VARCHAR(16);
