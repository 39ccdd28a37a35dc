#include "ZipArchive.hpp"

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace pt::cli {

ZipArchive::ZipArchive(const std::string& path) : mPath(path)
{
    int error = 0;
    mArchive = zip_open(path.c_str(), ZIP_RDONLY, &error);
    if (!mArchive) {
        zip_error_t details;
        zip_error_init_with_code(&details, error);
        const std::string message = zip_error_strerror(&details);
        zip_error_fini(&details);
        throw std::runtime_error(path + ": not a readable ZIP file (" + message + ")");
    }
}

ZipArchive::~ZipArchive()
{
    zip_discard(mArchive);
}

std::optional<std::string> ZipArchive::read(const std::string& name, std::size_t limit) const
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(mArchive, name.c_str(), 0, &stat) != 0)
        return std::nullopt;
    if (!(stat.valid & ZIP_STAT_SIZE) || stat.size > limit)
        throw std::runtime_error(mPath + ": " + name + " is larger than " + std::to_string(limit >> 20) + " MB; refused");
    const std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen(mArchive, name.c_str(), 0), zip_fclose);
    if (!file)
        throw std::runtime_error(mPath + ": " + name + " cannot be read (" + zip_strerror(mArchive) + ")");
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    std::size_t done = 0;
    while (done < bytes.size()) {
        const zip_int64_t got = zip_fread(file.get(), bytes.data() + done, bytes.size() - done);
        if (got <= 0)
            throw std::runtime_error(mPath + ": " + name + " is damaged (" + zip_file_strerror(file.get()) + ")");
        done += static_cast<std::size_t>(got);
    }
    return bytes;
}

std::vector<std::string> ZipArchive::names() const
{
    std::vector<std::string> names;
    const zip_int64_t count = zip_get_num_entries(mArchive, 0);
    for (zip_int64_t i = 0; i < count; ++i)
        if (const char* name = zip_get_name(mArchive, static_cast<zip_uint64_t>(i), 0))
            names.emplace_back(name);
    return names;
}

void writeZip(const std::string& path, const std::vector<std::pair<std::string, std::string>>& entries)
{
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        throw std::runtime_error(path + ": cannot be written");
    for (const auto& [name, bytes] : entries) {
        zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        const zip_int64_t index = source ? zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) : -1;
        // An ODF package's first entry, "mimetype", must be stored uncompressed.
        if (index >= 0 && name == "mimetype")
            zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
        if (index < 0) {
            if (source)
                zip_source_free(source);
            const std::string message = zip_strerror(archive);
            zip_discard(archive);
            throw std::runtime_error(path + ": " + name + " cannot be written (" + message + ")");
        }
    }
    if (zip_close(archive) != 0) {
        const std::string message = zip_strerror(archive);
        zip_discard(archive);
        throw std::runtime_error(path + ": cannot be written (" + message + ")");
    }
}

} // namespace pt::cli
