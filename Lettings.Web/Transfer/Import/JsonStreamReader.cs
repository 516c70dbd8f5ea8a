using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Lettings.Web.Transfer.Import;

/// <summary>
/// Reads one large JSON document from a stream with <see cref="Utf8JsonReader"/>, a buffer at a time: tokens one by
/// one for the document's structure, and whole values (a record) through the serializer once the buffer holds
/// them. Memory is the largest record, not the file.
/// </summary>
internal sealed class JsonStreamReader(Stream stream, int bufferSize = 64 * 1024)
{
    private const int MaxValueBytes = 16 * 1024 * 1024;

    private byte[] _buffer = new byte[bufferSize];
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _started;
    private JsonReaderState _state;

    public JsonTokenType TokenType { get; private set; }

    /// <summary>The current property name or string value.</summary>
    public string? Text { get; private set; }

    /// <summary>The current number, when it is a whole number within <see cref="int"/>.</summary>
    public int? Number { get; private set; }

    /// <summary>Whether the stream ended before the document did (a truncated file).</summary>
    public bool AtEndOfStream => _endOfStream;

    /// <summary>Moves to the next token; false once the document is complete and nothing follows it.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryReadToken(out var read))
            {
                return read;
            }

            await FillAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Reads the next value whole (typically a record, an object), or stops at the end of the enclosing array.
    /// Returns false, with <see cref="TokenType"/> set to <see cref="JsonTokenType.EndArray"/>, at that end.
    /// </summary>
    /// <exception cref="JsonRecordException">The value is not a valid record; carries its id when the JSON shows one.</exception>
    public async ValueTask<(bool Read, T? Value)> ReadValueAsync<T>(JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryReadValue(type, out var done, out var value))
            {
                return (done, value);
            }

            await FillAsync(cancellationToken);
        }
    }

    private bool TryReadToken(out bool read)
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _endOfStream, _state);
        read = reader.Read();
        if (!read && !_endOfStream)
        {
            return false;
        }

        if (read)
        {
            TokenType = reader.TokenType;
            Text = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
            Number = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) ? number : null;
        }

        Advance(ref reader);
        return true;
    }

    private bool TryReadValue<T>(JsonTypeInfo<T> type, out bool read, out T? value)
    {
        (read, value) = (false, default);
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _endOfStream, _state);
        if (!reader.Read())
        {
            return _endOfStream ? throw new JsonException("The document ends where a value was expected.") : false;
        }

        if (reader.TokenType == JsonTokenType.EndArray)
        {
            TokenType = JsonTokenType.EndArray;
            Advance(ref reader);
            return true;
        }

        // Only a value the buffer holds whole can go to the serializer; otherwise read more and start again.
        var probe = reader;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !probe.TrySkip())
        {
            return false;
        }

        var json = _buffer.AsSpan(_start + (int)reader.TokenStartIndex, (int)(probe.BytesConsumed - reader.TokenStartIndex));
        try
        {
            value = JsonSerializer.Deserialize(ref reader, type);
        }
        catch (JsonException e)
        {
            throw new JsonRecordException(IdOf(json), e);
        }

        TokenType = reader.TokenType;
        Advance(ref reader);
        read = true;
        return true;
    }

    private void Advance(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_endOfStream)
        {
            throw new JsonException("The document ends too early.");
        }

        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            (_end, _start) = (_end - _start, 0);
        }
        else if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxValueBytes)
            {
                throw new JsonException($"A value in the document is larger than {MaxValueBytes / (1024 * 1024)} MB.");
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        _endOfStream = read == 0;
        if (!_started && (_end >= 3 || _endOfStream))
        {
            // Editors on some systems start UTF-8 files with a byte order mark, which the JSON reader refuses.
            _started = true;
            if (_end >= 3 && _buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
            {
                _start = 3;
            }
        }
    }

    private static int? IdOf(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions());
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                reader.Read();
                if (isId)
                {
                    return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var id) ? id : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}

/// <summary>A record of the file that the serializer refused, with the record's id when it could be read.</summary>
internal sealed class JsonRecordException(int? id, JsonException inner) : Exception(inner.Message, inner)
{
    public int? Id { get; } = id;
}
