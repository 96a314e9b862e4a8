/* serve_store.c: the case folder as the store of thbdoc serve (see
 * serve_store.h). */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/tree.h>

#include "case.h"
#include "serve_store.h"
#include "users.h"
#include "util.h"
#include "xml_read.h"

struct serve_store {
	char			*dir;
	struct case_reader	*reader;
	pthread_mutex_t		 mutex;
	struct serve_store_entry	*items;		/* sorted by id */
	size_t			 count;
	size_t			 invalid;
	/* Files that failed the reader, by identity, so that they are not
	 * read again until they change. */
	struct serve_store_entry	*bad;
	size_t			 nbad;
};

struct serve_store *
serve_store_new(const char *dir, struct case_reader *reader)
{
	struct serve_store *s = xcalloc(1, sizeof(*s));

	s->dir = xstrdup(dir);
	s->reader = reader;
	pthread_mutex_init(&s->mutex, NULL);
	return s;
}

static void
entry_clear(struct serve_store_entry *e)
{
	free(e->path);
	free(e->id);
	case_free(e->c);
	memset(e, 0, sizeof(*e));
}

void
serve_store_free(struct serve_store *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->count; i++)
		entry_clear(&s->items[i]);
	for (i = 0; i < s->nbad; i++)
		entry_clear(&s->bad[i]);
	free(s->items);
	free(s->bad);
	pthread_mutex_destroy(&s->mutex);
	free(s->dir);
	free(s);
}

void
serve_store_lock(struct serve_store *s)
{
	pthread_mutex_lock(&s->mutex);
}

void
serve_store_unlock(struct serve_store *s)
{
	pthread_mutex_unlock(&s->mutex);
}

bool
serve_store_valid_id(const char *s)
{
	size_t i, n = strlen(s);

	if (n == 0 || n > 64)
		return false;
	for (i = 0; i < n; i++) {
		char c = s[i];

		if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9') ||
		    (i > 0 && (c == '.' || c == '_' || c == '/' || c == '-'))))
			return false;
	}
	return true;
}

/* The centre that follows the case: the last one that took it in
 * (centre-support), else the last one contacted. */
static enum case_centre
case_centre(const struct case_file *c)
{
	enum case_centre support = CENTRE_NONE, contact = CENTRE_NONE;
	size_t i;

	for (i = 0; i < c->nevents; i++) {
		if (c->events[i].type == EV_CENTRE_SUPPORT)
			support = c->events[i].centre;
		else if (c->events[i].type == EV_CENTRE_CONTACT)
			contact = c->events[i].centre;
	}
	return support != CENTRE_NONE ? support : contact;
}

static void
version_of(const char *buf, size_t len, char out[SERVE_STORE_VERSION_LEN + 1])
{
	char *tmp = xmalloc(len + 1), *hex;

	/* users_sha256_hex() hashes a string: the file has no NUL byte
	 * (the reader refuses those), so the string is the file. */
	memcpy(tmp, buf, len);
	tmp[len] = '\0';
	hex = users_sha256_hex(tmp);
	memcpy(out, hex, SERVE_STORE_VERSION_LEN);
	out[SERVE_STORE_VERSION_LEN] = '\0';
	free(hex);
	free(tmp);
}

static bool
same_file(const struct serve_store_entry *e, const struct stat *sb)
{
	return e->dev == sb->st_dev && e->ino == sb->st_ino &&
	    e->size == sb->st_size && e->mtime_ns ==
	    (long long)sb->st_mtim.tv_sec * 1000000000LL + sb->st_mtim.tv_nsec;
}

static void
set_identity(struct serve_store_entry *e, const struct stat *sb)
{
	e->dev = sb->st_dev;
	e->ino = sb->st_ino;
	e->size = sb->st_size;
	e->mtime_ns = (long long)sb->st_mtim.tv_sec * 1000000000LL +
	    sb->st_mtim.tv_nsec;
}

/* Read one file into e; false when it fails the reader. */
static bool
read_entry(struct serve_store *s, struct serve_store_entry *e, const char *path,
    const struct stat *sb)
{
	struct diag_list diags = { 0 };
	struct case_file *c = NULL;
	char *buf;
	size_t len;

	memset(e, 0, sizeof(*e));
	e->path = xstrdup(path);
	set_identity(e, sb);
	if ((buf = xml_file_slurp(path, CASE_MAX_FILE_SIZE, &len, &diags))
	    != NULL) {
		c = case_read_memory(s->reader, path, buf, len, &diags);
		if (c != NULL)
			version_of(buf, len, e->version);
	}
	free(buf);
	diag_list_free(&diags);
	if (c == NULL)
		return false;
	e->c = c;
	e->id = xstrdup(c->id);
	e->centre = case_centre(c);
	return true;
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct serve_store_entry *x = a, *y = b;
	int r = strcmp(x->id, y->id);

	return r != 0 ? r : strcmp(x->path, y->path);
}

static struct serve_store_entry *
find_path(struct serve_store_entry *items, size_t n, const char *path)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (items[i].path != NULL && strcmp(items[i].path, path) == 0)
			return &items[i];
	return NULL;
}

static bool
is_case_name(const char *name)
{
	size_t n = strlen(name);

	return name[0] != '.' && n > 4 && strcmp(name + n - 4, ".xml") == 0;
}

void
serve_store_refresh(struct serve_store *s)
{
	struct serve_store_entry *items = NULL, *bad = NULL, *old, e;
	size_t count = 0, nbad = 0, i;
	struct dirent *de;
	struct stat sb;
	char *path;
	DIR *dp;

	if ((dp = opendir(s->dir)) == NULL)
		return;		/* keep what we had */
	while ((de = readdir(dp)) != NULL) {
		if (!is_case_name(de->d_name))
			continue;
		path = xasprintf("%s/%s", s->dir, de->d_name);
		if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode)) {
			free(path);
			continue;
		}
		if ((old = find_path(s->items, s->count, path)) != NULL &&
		    same_file(old, &sb)) {
			e = *old;
			old->path = NULL;	/* moved */
			old->id = NULL;
			old->c = NULL;
		} else if ((old = find_path(s->bad, s->nbad, path)) != NULL &&
		    same_file(old, &sb)) {
			bad = xrealloc(bad, (nbad + 1) * sizeof(*bad));
			bad[nbad++] = *old;
			old->path = NULL;
			free(path);
			continue;
		} else if (!read_entry(s, &e, path, &sb)) {
			bad = xrealloc(bad, (nbad + 1) * sizeof(*bad));
			bad[nbad++] = e;
			free(path);
			continue;
		}
		free(path);
		items = xrealloc(items, (count + 1) * sizeof(*items));
		items[count++] = e;
	}
	closedir(dp);
	for (i = 0; i < s->count; i++)
		entry_clear(&s->items[i]);
	for (i = 0; i < s->nbad; i++)
		entry_clear(&s->bad[i]);
	free(s->items);
	free(s->bad);
	if (count > 1)
		qsort(items, count, sizeof(*items), entry_cmp);
	s->items = items;
	s->count = count;
	s->bad = bad;
	s->nbad = nbad;
	s->invalid = nbad;
}

size_t
serve_store_count(const struct serve_store *s)
{
	return s->count;
}

size_t
serve_store_invalid_count(const struct serve_store *s)
{
	return s->invalid;
}

const struct serve_store_entry *
serve_store_at(const struct serve_store *s, size_t i)
{
	return i < s->count ? &s->items[i] : NULL;
}

const struct serve_store_entry *
serve_store_find(const struct serve_store *s, const char *id)
{
	size_t lo = 0, hi = s->count, mid;
	int r;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		r = strcmp(id, s->items[mid].id);
		if (r == 0) {
			/* Two files with one id: the case is ambiguous,
			 * and nobody should edit either through us. */
			if ((mid > 0 && strcmp(id, s->items[mid - 1].id) == 0)
			    || (mid + 1 < s->count &&
			    strcmp(id, s->items[mid + 1].id) == 0))
				return NULL;
			return &s->items[mid];
		}
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static int
lock_folder(const struct serve_store *s)
{
	char *path = xasprintf("%s/.thbdoc.lock", s->dir);
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

	free(path);
	if (fd >= 0 && flock(fd, LOCK_EX) != 0) {
		close(fd);
		fd = -1;
	}
	return fd;
}

static void
unlock_folder(int fd)
{
	if (fd >= 0) {
		flock(fd, LOCK_UN);
		close(fd);
	}
}

static xmlNodePtr
child_named(xmlNodePtr parent, const char *name)
{
	xmlNodePtr n;

	for (n = parent->children; n != NULL; n = n->next)
		if (xml_is(n, name))
			return n;
	return NULL;
}

static bool
only_blank(const xmlNode *n)
{
	const xmlChar *p;

	if (n->type != XML_TEXT_NODE)
		return false;
	for (p = n->content; p != NULL && *p != '\0'; p++)
		if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r')
			return false;
	return true;
}

/* Add <type date=".." a=".."/> at the end of <events>, indented like
 * the rest of the file. */
static void
append_event(xmlDocPtr doc, const char *type, const char *date,
    const struct serve_store_attr *attrs, size_t n)
{
	xmlNodePtr root = xmlDocGetRootElement(doc), events, ev, last;
	size_t i;

	if ((events = child_named(root, "events")) == NULL) {
		xmlAddChild(root, xmlNewText(BAD_CAST "  "));
		events = xmlNewChild(root, NULL, BAD_CAST "events", NULL);
		xmlAddChild(root, xmlNewText(BAD_CAST "\n"));
		xmlAddChild(events, xmlNewText(BAD_CAST "\n  "));
	}
	ev = xmlNewNode(NULL, BAD_CAST type);
	xmlNewProp(ev, BAD_CAST "date", BAD_CAST date);
	for (i = 0; i < n; i++)
		if (attrs[i].value != NULL && attrs[i].value[0] != '\0')
			xmlNewProp(ev, BAD_CAST attrs[i].name,
			    BAD_CAST attrs[i].value);
	last = events->last;
	if (last != NULL && only_blank(last)) {
		/* Before the closing indent, then its own indent before it:
		 * libxml2 merges a text node put beside another text node
		 * into it, which wrote the event on the previous event's
		 * line and a blank line after it. */
		xmlAddPrevSibling(last, ev);
		xmlAddPrevSibling(ev, xmlNewText(BAD_CAST "\n    "));
	} else {
		xmlAddChild(events, xmlNewText(BAD_CAST "\n    "));
		xmlAddChild(events, ev);
		xmlAddChild(events, xmlNewText(BAD_CAST "\n  "));
	}
}

/* Check new bytes with the case reader, then write them. */
/* Does the case hold this event already: an element of this type with
 * exactly these attributes (the date and the non-empty values)? */
static bool
has_event(xmlDocPtr doc, const char *type, const char *date,
    const struct serve_store_attr *attrs, size_t n)
{
	xmlNodePtr events = child_named(xmlDocGetRootElement(doc), "events");
	xmlNodePtr ev;
	xmlAttrPtr a;
	xmlChar *v;
	size_t i, want = 1, have;
	bool same;

	for (i = 0; i < n; i++)
		if (attrs[i].value != NULL && attrs[i].value[0] != '\0')
			want++;
	for (ev = events != NULL ? events->children : NULL; ev != NULL;
	    ev = ev->next) {
		if (ev->type != XML_ELEMENT_NODE ||
		    strcmp((const char *)ev->name, type) != 0)
			continue;
		for (have = 0, a = ev->properties; a != NULL; a = a->next)
			have++;
		v = xmlGetProp(ev, BAD_CAST "date");
		same = have == want && v != NULL &&
		    strcmp((const char *)v, date) == 0;
		xmlFree(v);
		for (i = 0; same && i < n; i++) {
			if (attrs[i].value == NULL || attrs[i].value[0] == '\0')
				continue;
			v = xmlGetProp(ev, BAD_CAST attrs[i].name);
			same = v != NULL && strcmp((const char *)v,
			    attrs[i].value) == 0;
			xmlFree(v);
		}
		if (same)
			return true;
	}
	return false;
}

static enum serve_store_result
check_and_write(struct serve_store *s, const char *path, const char *buf,
    size_t len, bool replace, struct diag_list *diags)
{
	struct case_file *c;
	size_t before, i;

	if ((c = case_read_memory(s->reader, path, buf, len, diags)) == NULL)
		return SERVE_STORE_INVALID;
	case_free(c);
	/* The project's one output writer: complete or not at all. */
	before = diags->count;
	if (!util_out_write(path, buf, len, 0600, replace, diags)) {
		for (i = before; i < diags->count; i++)
			if (diags->items[i].code == ERR_OUTPUT_EXISTS)
				return SERVE_STORE_EXISTS;
		return SERVE_STORE_SYSTEM;
	}
	return SERVE_STORE_OK;
}

static bool
valid_name(const char *s)
{
	size_t i;

	if (s[0] == '\0' || strlen(s) > 40)
		return false;
	for (i = 0; s[i] != '\0'; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || s[i] == '-'))
			return false;
	return true;
}

enum serve_store_result
serve_store_add_event(struct serve_store *s, const char *id, const char *version,
    const char *type, const char *date, const struct serve_store_attr *attrs,
    size_t nattrs, struct diag_list *diags)
{
	const struct serve_store_entry *e = serve_store_find(s, id);
	struct xml_read_options o = { 0 };
	enum serve_store_result r = SERVE_STORE_SYSTEM;
	char *buf = NULL, *path, cur[SERVE_STORE_VERSION_LEN + 1];
	xmlChar *mem = NULL;
	xmlDocPtr doc = NULL;
	int lockfd, size = 0;
	size_t len, i;

	if (e == NULL)
		return SERVE_STORE_NOT_FOUND;
	/* Names become element and attribute names: the schema would
	 * refuse an unknown one, but only after it was serialised. */
	if (!valid_name(type))
		return SERVE_STORE_INVALID;
	for (i = 0; i < nattrs; i++)
		if (!valid_name(attrs[i].name))
			return SERVE_STORE_INVALID;
	path = xstrdup(e->path);
	if ((lockfd = lock_folder(s)) < 0)
		goto done;
	if ((buf = xml_file_slurp(path, CASE_MAX_FILE_SIZE, &len, diags)) == NULL)
		goto done;
	version_of(buf, len, cur);
	if (strcmp(cur, version) != 0) {
		r = SERVE_STORE_CONFLICT;
		goto done;
	}
	o.root = "case";
	o.max_size = CASE_MAX_FILE_SIZE;
	o.private_element = "person";
	if ((doc = xml_read_memory(path, buf, len, &o, diags)) == NULL) {
		r = SERVE_STORE_INVALID;
		goto done;
	}
	/* The same event twice is a double entry, not a fact. */
	if (has_event(doc, type, date, attrs, nattrs)) {
		r = SERVE_STORE_DUPLICATE;
		goto done;
	}
	append_event(doc, type, date, attrs, nattrs);
	xmlDocDumpMemoryEnc(doc, &mem, &size, "UTF-8");
	if (mem == NULL)
		goto done;
	r = check_and_write(s, path, (const char *)mem, (size_t)size, true,
	    diags);
done:
	unlock_folder(lockfd);
	if (doc != NULL)
		xmlFreeDoc(doc);
	xmlFree(mem);
	free(buf);
	free(path);
	if (r == SERVE_STORE_OK)
		serve_store_refresh(s);
	return r;
}

enum serve_store_result
serve_store_create(struct serve_store *s, const struct serve_store_new_case *nc,
    struct diag_list *diags)
{
	enum serve_store_result r = SERVE_STORE_SYSTEM;
	xmlNodePtr root, person, events, ev;
	xmlChar *mem = NULL;
	xmlDocPtr doc;
	char *path;
	int lockfd, size = 0;
	size_t i, j;

	if (!serve_store_valid_id(nc->id) || strchr(nc->id, '/') != NULL)
		return SERVE_STORE_INVALID;
	if (serve_store_find(s, nc->id) != NULL)
		return SERVE_STORE_EXISTS;
	doc = xmlNewDoc(BAD_CAST "1.0");
	root = xmlNewNode(NULL, BAD_CAST "case");
	xmlDocSetRootElement(doc, root);
	xmlNewProp(root, BAD_CAST "id", BAD_CAST nc->id);
	xmlNewProp(root, BAD_CAST "regime", BAD_CAST "1997-2003");
	if (nc->district != NULL)
		xmlNewProp(root, BAD_CAST "district", BAD_CAST nc->district);
	if (nc->language != NULL)
		xmlNewProp(root, BAD_CAST "language", BAD_CAST nc->language);
	if (nc->person_name != NULL || nc->person_language != NULL) {
		person = xmlNewChild(root, NULL, BAD_CAST "person", NULL);
		/* xmlNewTextChild escapes its content. */
		if (nc->person_name != NULL)
			xmlNewTextChild(person, NULL, BAD_CAST "name",
			    BAD_CAST nc->person_name);
		if (nc->person_language != NULL)
			xmlNewTextChild(person, NULL, BAD_CAST "language",
			    BAD_CAST nc->person_language);
	}
	events = xmlNewChild(root, NULL, BAD_CAST "events", NULL);
	for (i = 0; i < nc->nevents; i++) {
		if (!valid_name(nc->events[i].type))
			goto done;
		ev = xmlNewChild(events, NULL, BAD_CAST nc->events[i].type,
		    NULL);
		xmlNewProp(ev, BAD_CAST "date", BAD_CAST nc->events[i].date);
		for (j = 0; j < nc->events[i].nattrs; j++) {
			const struct serve_store_attr *a = &nc->events[i].attrs[j];

			if (!valid_name(a->name))
				goto done;
			if (a->value != NULL && a->value[0] != '\0')
				xmlNewProp(ev, BAD_CAST a->name,
				    BAD_CAST a->value);
		}
	}
	xmlDocDumpFormatMemoryEnc(doc, &mem, &size, "UTF-8", 1);
	if (mem == NULL)
		goto done;
	path = xasprintf("%s/%s.xml", s->dir, nc->id);
	if ((lockfd = lock_folder(s)) >= 0) {
		r = check_and_write(s, path, (const char *)mem, (size_t)size,
		    false, diags);
		unlock_folder(lockfd);
	}
	free(path);
done:
	xmlFree(mem);
	xmlFreeDoc(doc);
	if (r == SERVE_STORE_OK)
		serve_store_refresh(s);
	return r;
}

char *
serve_store_next_id(const struct serve_store *s, const char *prefix, int year)
{
	char *id = NULL;
	int n;

	for (n = 1; n < 100000; n++) {
		free(id);
		id = xasprintf("%s-%04d-%04d", prefix, year, n);
		if (serve_store_find(s, id) == NULL)
			return id;
	}
	return id;
}
