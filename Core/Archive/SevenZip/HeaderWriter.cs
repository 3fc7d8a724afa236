using System.Buffers;
using System.Buffers.Binary;

namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>Collects header bytes: property ids, 7z numbers and little-endian fixed-size values.</summary>
internal sealed class HeaderWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

    public void Id(PropertyId id) => Byte((byte)id);

    public void Byte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    public void Number(ulong value)
    {
        var length = SevenZipNumber.Write(value, _buffer.GetSpan(SevenZipNumber.MaxLength));
        _buffer.Advance(length);
    }

    public void UInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.GetSpan(4), value);
        _buffer.Advance(4);
    }

    public void UInt64(ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    public void Bytes(ReadOnlySpan<byte> value) => _buffer.Write(value);

    /// <summary>A bit vector as 7-Zip stores it: most significant bit first, the last byte padded with 0-bits.</summary>
    public void Bits(IReadOnlyList<bool> bits)
    {
        var span = _buffer.GetSpan(BitsLength(bits.Count));
        span[..BitsLength(bits.Count)].Clear();
        for (var i = 0; i < bits.Count; i++)
        {
            if (bits[i])
            {
                span[i / 8] |= (byte)(0x80 >> (i % 8));
            }
        }

        _buffer.Advance(BitsLength(bits.Count));
    }

    public static int BitsLength(int count) => (count + 7) / 8;
}
